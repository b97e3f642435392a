import type * as ExcelJS from 'exceljs';

// XML 1.0 cannot hold these characters at all, escaped or not.
const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/**
 * What an XML text node cannot carry exactly: control characters (XML 1.0 has no way to write most of
 * them, a CR becomes a LF when read), DEL (ExcelJS drops it), the non-characters U+FFFE/U+FFFF and a
 * lone surrogate (UTF-8 cannot encode one).
 */
const NOT_CARRIED = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as an OOXML string (ST_Xstring, ECMA-376 Part 1, 22.9.2.19): each UTF-16 code unit that XML
 * cannot carry written as _xHHHH_, and an underscore that would start such an escape as _x005F_, so
 * that Excel, LibreOffice and Budgetsim's reader read back exactly the text that was written.
 */
export function xString(s: string): string {
  return s.replace(NOT_CARRIED, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A formula shared by a run of cells (ECMA-376 Part 1, 18.3.1.40 f, ST_CellFormulaType "shared"): the
 * first cell holds the text and the run's range, the others only the group's index; each reads it
 * with its relative references moved by its offset from the first.
 */
export interface SharedFormula {
  si: number;
  /** The run's range, on the first cell only ("C10:Q10"). */
  ref?: string;
}

/**
 * A formula's cached result as the file keeps it: to 15 significant digits, as Excel itself writes a
 * double into a file and the most it shows (Aspose.Cells, "Specifying significant digits to be stored
 * in Excel file": "unlike MS-Excel which stores only 15 significant digits"). The file is recalculated
 * when it is opened (calcPr fullCalcOnLoad), so the figures Excel and LibreOffice work with never
 * come from here; the last two digits of a double carry no meaning and do not compress. Input cells
 * keep every digit: they are the model, and the reader reads them back exactly.
 */
export function cachedNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/**
 * One <c> element of a worksheet's sheetData, as ExcelJS would write it for these values: strings as
 * shared strings (t="s"), booleans as t="b", a formula in <f> with its cached result in <v>
 * (t="str" for text, t="b" for a boolean, no <v> when there is none). A cell of a shared formula
 * keeps its own cached result.
 *
 * `implied`: the cell directly follows the previous <c> of its row, so its reference is left out.
 * ECMA-376 Part 1, 18.3.1.4 makes r optional: a cell without one is the column after the cell before
 * it. Excel, LibreOffice, openpyxl, ExcelJS (exceljs/exceljs#537), calamine (tafia/calamine#330) and
 * Budgetsim's reader read it so; it saves a quarter of a compressed scenario sheet. The first cell of a
 * shared formula keeps its reference (see stream.ts).
 */
export function cellXml(
  ref: string,
  value: ExcelJS.CellValue | null,
  styleId: number,
  sharedString: (s: string) => number,
  sharedFormula?: SharedFormula,
  implied = false,
): string {
  const s = (implied ? '' : ` r="${ref}"`) + (styleId ? ` s="${styleId}"` : '');
  if (value === null || value === undefined) return `<c${s}/>`;
  switch (typeof value) {
    case 'number':
      return `<c${s}><v>${value}</v></c>`;
    case 'string':
      return `<c${s} t="s"><v>${sharedString(value)}</v></c>`;
    case 'boolean':
      return `<c${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      break;
  }
  const formula = value as ExcelJS.CellFormulaValue;
  if (typeof formula.formula !== 'string') throw new Error(`${ref}: the streaming writer cannot write ${JSON.stringify(value)}`);
  const f = !sharedFormula
    ? `<f>${xmlText(formula.formula)}</f>`
    : sharedFormula.ref
      ? `<f t="shared" ref="${sharedFormula.ref}" si="${sharedFormula.si}">${xmlText(formula.formula)}</f>`
      : `<f t="shared" si="${sharedFormula.si}"/>`;
  const result = formula.result;
  if (result === undefined || result === null) return `<c${s}>${f}</c>`;
  if (typeof result === 'number') return `<c${s}>${f}<v>${cachedNumber(result)}</v></c>`;
  if (typeof result === 'boolean') return `<c${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === 'string') return `<c${s} t="str">${f}<v>${xmlText(xString(result))}</v></c>`;
  throw new Error(`${ref}: the streaming writer cannot write the cached result ${JSON.stringify(result)}`);
}
