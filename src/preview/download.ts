/** The workbook as an .xlsx file the browser downloads: the model the add-in wrote, as the command line writes it. */
import { WrittenModel } from './observed-gateway';
import { xlsxBytes } from './xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fileNameFor(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'budgetsim';
  return `${safe}.xlsx`;
}

export async function xlsxBlob(written: WrittenModel): Promise<Blob> {
  const bytes = await xlsxBytes(written.model);
  return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
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
