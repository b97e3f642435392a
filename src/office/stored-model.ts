/**
 * Reading the model copy Budgetsim keeps in the workbook (a custom XML part, ExcelApi 1.5) in one
 * Excel.run: the parts in Budgetsim's namespace, then the XML of the last one (Budgetsim's latest
 * write, should a workbook hold several).
 */
import { ExcelRun } from './capabilities';
import { Model } from '../engine/types';
import { MODEL_NAMESPACE, modelFromStoredXml } from './stored-payload';

export { MODEL_NAMESPACE, CURRENT_PAYLOAD_VERSION, StoredModelError, storedModelXml, modelFromStoredXml, migratePayload } from './stored-payload';

export async function readStoredModel(excel: ExcelRun): Promise<Model | null> {
  return excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(MODEL_NAMESPACE).load('items/id');
    await context.sync();
    if (parts.items.length === 0) return null;
    const xml = parts.items[parts.items.length - 1].getXml();
    await context.sync();
    return modelFromStoredXml(xml.value);
  });
}
