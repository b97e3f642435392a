/** The workbook as an .xlsx file the browser downloads: the description the add-in wrote, rendered as the command line does. */
import { describeWorkbook } from '../workbook/layout';
import { WrittenModel } from './observed-gateway';
import { xlsxBytes } from './xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fileNameFor(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'budgetsim';
  return `${safe}.xlsx`;
}

export async function xlsxBlob(written: WrittenModel): Promise<Blob> {
  const description = describeWorkbook(written.model, { solved: written.solved });
  return new Blob([await xlsxBytes(description)], { type: XLSX_TYPE });
}

export async function downloadXlsx(written: WrittenModel): Promise<void> {
  const url = URL.createObjectURL(await xlsxBlob(written));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFor(written.model.name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
