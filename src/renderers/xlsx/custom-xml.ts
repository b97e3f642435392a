/**
 * Budgetsim's stored model as a custom XML part of the file, where Excel keeps the parts an add-in
 * adds with `workbook.customXmlParts.add` (ECMA-376 Part 1, 15.2.5 Custom XML Data Storage Part):
 * customXml/item1.xml holds the XML, customXml/itemProps1.xml its properties (an item id and the
 * namespace as a schema reference), tied to the workbook part by a customXml relationship. A
 * colleague who opens the written file with the add-in finds the same model the add-in would have
 * stored; the file reader (read-workbook.ts) finds it by its namespace.
 */
import { relationshipsXml } from './charts';

export const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
export const CUSTOM_XML_PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** The relationship's id in xl/_rels/workbook.xml.rels: ExcelJS numbers its own rId1, rId2, ... */
export const CUSTOM_XML_REL_ID = 'rIdBudgetsimModel';
/** One part per workbook, so one fixed item id serves. */
const ITEM_ID = '{6B0E3C8A-5D1F-4C2B-9A7E-2F4B8D6C1A90}';

export interface CustomXmlParts {
  /** Part name -> text. */
  parts: { name: string; xml: string; contentType?: string }[];
  /** The workbook relationship to add. */
  relationship: { id: string; type: string; target: string };
}

export function customXmlParts(xml: string, namespace: string): CustomXmlParts {
  const props =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`;
  return {
    parts: [
      { name: 'customXml/item1.xml', xml },
      { name: 'customXml/itemProps1.xml', xml: props, contentType: CUSTOM_XML_PROPS_CONTENT_TYPE },
      { name: 'customXml/_rels/item1.xml.rels', xml: relationshipsXml([{ id: 'rId1', type: CUSTOM_XML_PROPS_REL, target: 'itemProps1.xml' }]) },
    ],
    relationship: { id: CUSTOM_XML_REL_ID, type: CUSTOM_XML_REL, target: '../customXml/item1.xml' },
  };
}
