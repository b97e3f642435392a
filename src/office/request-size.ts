/**
 * A conservative estimate of how many bytes an action adds to an Office.js request. Office.js
 * serialises a sync as JSON: every object path it touches (a worksheet, a range, range.format…) and
 * every action (a property set, a method call) costs around 100-150 bytes in the real request, plus
 * the arguments themselves. The estimate counts more than that, and every character outside ASCII
 * as a six-byte \uXXXX escape, so a chunk estimated under the budget stays under it on the wire.
 */
import { Action, FormulaInput } from './actions';
import { CellStyle } from '../workbook/description';

/** Bytes counted for each object path an action touches. */
export const PATH_BYTES = 250;
/** Bytes counted for each action (property set, method call, object instantiation). */
export const ACTION_BYTES = 200;

/** Bytes of s as a JSON string, counting any character outside ASCII as \uXXXX. */
export function textBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20 || c > 0x7e) n += 6;
    else n += 1;
  }
  return n;
}

function valueBytes(v: FormulaInput | undefined): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return textBytes(v);
  if (typeof v === 'boolean') return 5;
  return 24;
}

/** Bytes of one row of a Range.formulas array, brackets and commas included. */
export function rowBytes(row: FormulaInput[]): number {
  let n = 2;
  for (const v of row) n += valueBytes(v) + 1;
  return n;
}

/** What a cells action costs besides its rows: the sheet and range paths and the property set. */
export const CELLS_OVERHEAD = 2 * PATH_BYTES + 2 * ACTION_BYTES;

function styleOperations(style: CellStyle, resets: number): { paths: number; actions: number } {
  let actions = 1 + resets;
  let paths = 3;
  if (style.bold !== undefined) actions++;
  if (style.italic !== undefined) actions++;
  if (style.fontSize !== undefined) actions++;
  if (style.fontColor !== undefined) actions++;
  if (style.fill !== undefined) actions++;
  if (style.horizontalAlignment !== undefined) actions++;
  if (style.wrapText !== undefined) actions++;
  if (style.borderTop) {
    paths += 2;
    actions += 4;
  }
  if (style.borderBottom) {
    paths += 2;
    actions += 4;
  }
  // font, fill and borders navigations; resets may touch each of them.
  paths += 3 + resets;
  return { paths, actions };
}

/** The estimated request bytes of one action. */
export function actionBytes(action: Action): number {
  switch (action.kind) {
    case 'cells': {
      let n = CELLS_OVERHEAD + 2;
      for (const row of action.formulas) n += rowBytes(row) + 1;
      return n;
    }
    case 'formulasR1C1':
      return CELLS_OVERHEAD + textBytes(action.formula);
    case 'copyRows':
      // Two ranges (their paths and instantiations) and the call with its four arguments.
      return 4 * PATH_BYTES + 3 * ACTION_BYTES + 32;
    case 'numberFormat':
      return 2 * PATH_BYTES + 2 * ACTION_BYTES + textBytes(action.format) + 8;
    case 'style': {
      const ops = styleOperations(action.style, action.reset.length);
      return ops.paths * PATH_BYTES + ops.actions * ACTION_BYTES + 64;
    }
    case 'columnWidth':
      return 3 * PATH_BYTES + 2 * ACTION_BYTES;
    case 'freeze':
      return 3 * PATH_BYTES + 2 * ACTION_BYTES;
    case 'tabColor':
      return PATH_BYTES + ACTION_BYTES + 16;
    case 'table':
      return 4 * PATH_BYTES + 4 * ACTION_BYTES + textBytes(action.name) + textBytes(action.style);
    case 'name':
      return 2 * PATH_BYTES + 2 * ACTION_BYTES + textBytes(action.name) + textBytes(action.reference) + textBytes(action.comment ?? '');
    case 'conditionalFormat':
      return 8 * PATH_BYTES + 8 * ACTION_BYTES + textBytes(action.formula);
    case 'formulaConditionalFormat':
      return 5 * PATH_BYTES + 4 * ACTION_BYTES + textBytes(action.formula) + textBytes(action.numberFormat);
    case 'pageLayout': {
      const h = action.setup.header;
      return 10 * PATH_BYTES + 7 * ACTION_BYTES + 2 * (textBytes(h.left) + textBytes(h.right)) + 64;
    }
    case 'listValidation':
      return 3 * PATH_BYTES + 2 * ACTION_BYTES + textBytes(action.source);
    case 'chart': {
      const c = action.chart;
      let n = 12 * PATH_BYTES + 12 * ACTION_BYTES + textBytes(c.title) + textBytes(c.valueAxisFormat ?? '');
      for (const s of c.series) {
        n += 6 * PATH_BYTES + 5 * ACTION_BYTES + textBytes(s.name) + textBytes(s.sheet) * 2;
        // Its type, fill and line: the format, fill and line objects and up to three calls.
        if (s.line || s.noFill || s.color !== undefined) n += 3 * PATH_BYTES + 3 * ACTION_BYTES + 16;
      }
      if (c.reverseCategories) n += 2 * PATH_BYTES + ACTION_BYTES;
      if (c.overlap !== undefined) n += PATH_BYTES + ACTION_BYTES;
      return n;
    }
  }
}

/** What every chunk's request carries besides its actions: suspending calculation, the workbook path. */
export const CHUNK_OVERHEAD = 4 * PATH_BYTES + 2 * ACTION_BYTES;

/**
 * What one more range write costs on the wire besides its value: an object path for
 * getRangeByIndexes, its InstantiateObject action and the SetProperty action, about 285 bytes in
 * the RichApi request as the fake serialises it (test/office/plan.test.ts measures it). Used to
 * choose, not to pack chunks: chunks are packed with request-size.ts's conservative estimate.
 */
export const RANGE_WRITE_BYTES = 300;
/** What a cell left alone (null) still costs inside a Range.formulas array: "null,". */
export const NULL_CELL_BYTES = 5;
