import { cellA1, rangeA1 } from '../../workbook/a1';
import { CellContent, RangeRef, SheetDescription, TableDescription } from '../../workbook/description';

/** A table ready to write: its header texts taken from the cells the blocks put there. */
export interface TableSpec {
  name: string;
  /** "B4:K9": header row and data rows. */
  ref: string;
  /** The header cell, "B4". */
  topLeft: string;
  headers: string[];
  style: string;
}

/** What the description's blocks put in a cell; a later block wins over an earlier one. */
export function contentAt(sheet: SheetDescription, row: number, column: number): CellContent {
  for (let i = sheet.blocks.length - 1; i >= 0; i--) {
    const b = sheet.blocks[i];
    const cells = b.cells[row - b.row];
    const c = cells?.[column - b.column];
    if (c !== undefined) return c;
  }
  return null;
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

/** Whether Excel accepts this as a table or defined name (both share one namespace). */
export function isExcelName(name: string): boolean {
  return NAME.test(name) && !LOOKS_LIKE_A_CELL.test(name) && name.length <= 255;
}

function overlap(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

/**
 * The sheet's tables, checked against what Excel repairs on open: a name that is not a valid table
 * name, a header cell that is empty or not text, two columns with the same name, a table without a
 * data row, two tables that overlap.
 */
export function tableSpecs(sheet: SheetDescription): TableSpec[] {
  return sheet.tables.map((t: TableDescription, i) => {
    const where = `table ${t.name} on sheet '${sheet.name}'`;
    const other = sheet.tables.slice(0, i).find((o) => overlap(o.range, t.range));
    if (other) throw new Error(`${where}: ${t.name} overlaps ${other.name}`);
    if (!isExcelName(t.name)) {
      throw new Error(`${where}: "${t.name}" is not a name Excel accepts for a table`);
    }
    if (t.range.rows < 2 || t.range.columns < 1) throw new Error(`${where}: a table needs a header row and at least one data row`);
    const headers: string[] = [];
    const seen = new Set<string>();
    for (let j = 0; j < t.range.columns; j++) {
      const h = contentAt(sheet, t.range.row, t.range.column + j);
      const text = typeof h === 'string' || typeof h === 'number' ? String(h) : '';
      if (text.trim() === '') throw new Error(`${where}: the header at ${cellA1(t.range.row, t.range.column + j)} must be non-empty text`);
      const key = text.toLowerCase();
      if (seen.has(key)) throw new Error(`${where}: two columns are headed "${text}"`);
      seen.add(key);
      headers.push(text);
    }
    return { name: t.name, ref: rangeA1(t.range), topLeft: cellA1(t.range.row, t.range.column), headers, style: t.style };
  });
}

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The table part (xl/tables/tableN.xml) for the streaming writer, which has no table support of its own. */
export function tablePartXml(spec: TableSpec, id: number): string {
  const columns = spec.headers.map((h, j) => `<tableColumn id="${j + 1}" name="${xmlEscape(h)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlEscape(spec.name)}"` +
    ` displayName="${xmlEscape(spec.name)}" ref="${spec.ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${spec.ref}"/>` +
    `<tableColumns count="${spec.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
