/**
 * Small hand-made workbook descriptions for the renderer's tests: every feature the description
 * contract has, with values simple enough to check by hand.
 */
import { CellStyle, StyleName, WorkbookDescription, SheetDescription } from '../../../src/workbook/description';
import { range } from '../../../src/workbook/a1';
import { STYLES } from '../../../src/workbook/layout/styles';
import * as ExcelJS from 'exceljs';

/** The workbook's own palette: the renderer must apply every named style the layout can use. */
export const TEST_STYLES: Record<StyleName, CellStyle> = STYLES;

/** Text a user might type that a careless writer would turn into a formula. */
export const FORMULA_LOOKING_TEXT = ['=HYPERLINK("http://example.com","klicka")', '+1', '-x', '@x', '=1+1', ' leading and trailing '];

export const INPUTS = 'Indata';
/** A sheet name that must be quoted in references. */
export const CALC = "Kalkyl 'A' 2027";

function emptySheet(name: string, role: SheetDescription['role']): SheetDescription {
  return { name, role, blocks: [], formats: [], styles: [], tables: [], columnWidths: [], conditionalFormats: [], validations: [], charts: [] };
}

/**
 * Indata: a title, a table bsAmounts (A3:C7: År, Belopp, Namn) whose names are formula-looking text,
 * a rate cell B10 named bs_rate, a frame-mode cell B11 with a list validation.
 * Kalkyl 'A': formulas over Indata with the given cached values, a target-met row with conditional
 * formats, frozen panes, and a line chart of Summa over the years (the streaming writer writes it,
 * the in-memory one skips it).
 */
export function smallDescription(cached: { sum: number; scaled: number; met: boolean; label: string } = { sum: 297.5, scaled: 29.75, met: true, label: 'hög' }): WorkbookDescription {
  const inputs = emptySheet(INPUTS, 'inputs');
  inputs.blocks.push(
    { row: 0, column: 0, cells: [['Indata: Testkommun']] },
    {
      row: 2,
      column: 0,
      cells: [
        ['År', 'Belopp', 'Namn'],
        [2027, 100, FORMULA_LOOKING_TEXT[0]],
        [2028, 200.5, FORMULA_LOOKING_TEXT[1]],
        [2029, -3, FORMULA_LOOKING_TEXT[2]],
        [2030, 0, FORMULA_LOOKING_TEXT[3]],
      ],
    },
    { row: 9, column: 0, cells: [['Skattesats', 0.1], ['Ramstyrning', 'uplift'], ['Text', FORMULA_LOOKING_TEXT[4]], ['Mellanslag', FORMULA_LOOKING_TEXT[5]], ['Sant', true]] },
  );
  inputs.styles.push({ range: range(0, 0), style: 'title' }, { range: range(9, 1, 2, 1), style: 'input' }, { range: range(15, 0, 1, 3), style: 'input' });
  inputs.formats.push({ range: range(3, 0, 4, 1), format: '0' }, { range: range(3, 1, 4, 1), format: '#,##0.0;-#,##0.0' }, { range: range(9, 1), format: '0.0%' });
  inputs.tables.push({ name: 'bsAmounts', range: range(2, 0, 5, 3), style: 'TableStyleLight9' });
  inputs.validations.push({ range: range(10, 1), values: ['uplift', 'revenue'] }, { range: range(3, 0, 4, 1), values: [2027, 2028, 2029, 2030] });
  inputs.columnWidths.push({ column: 0, width: 30 }, { column: 2, width: 42.5 });
  inputs.frozen = { rows: 3, columns: 0 };
  inputs.tabColor = '#FFC000';

  const calc = emptySheet(CALC, 'scenario');
  calc.scenario = 'Base';
  calc.blocks.push({
    row: 0,
    column: 0,
    cells: [
      ['Kalkyl', 2027, 2028],
      ['Summa', { formula: `SUM('${INPUTS}'!B4:B7)`, cached: cached.sum }, { formula: 'B2*bs_rate', cached: cached.scaled }],
      ['Mål nått', { formula: 'B2>0', cached: cached.met }, { formula: 'C2>1000', cached: false }],
      ['Etikett', { formula: 'IF(B2>100,"hög","låg")', cached: cached.label }, { formula: 'IFNA(MATCH(9999,Indata!A4:A7,0),-1)', cached: -1 }],
      ['Ingen cache', { formula: 'B2+1', cached: null }, null],
    ],
  });
  calc.styles.push({ range: range(0, 0, 1, 3), style: 'header' }, { range: range(1, 0, 4, 1), style: 'label' }, { range: range(1, 1, 1, 2), style: 'total' });
  calc.formats.push({ range: range(0, 1, 1, 2), format: '0' }, { range: range(1, 1, 1, 2), format: '#,##0.0;-#,##0.0' });
  // A later format wins where ranges overlap.
  calc.formats.push({ range: range(1, 2), format: '0.00' });
  calc.conditionalFormats.push({ range: range(2, 1, 1, 2), equals: true, style: 'good' }, { range: range(2, 1, 1, 2), equals: false, style: 'bad' });
  calc.frozen = { rows: 1, columns: 1 };
  calc.columnWidths.push({ column: 0, width: 24 });
  calc.charts.push({
    kind: 'line',
    title: 'Summa',
    categories: { sheet: CALC, range: range(0, 1, 1, 2) },
    series: [{ name: 'Summa', sheet: CALC, values: range(1, 1, 1, 2) }],
    anchor: range(6, 0, 10, 4),
  });
  calc.tabColor = '#4472C4';

  return {
    language: 'sv',
    sheets: [calc, inputs],
    names: [
      { name: 'bs_rate', sheet: INPUTS, range: range(9, 1), comment: 'the rate' },
      { name: 'bs_sheet_1', sheet: CALC, range: range(0, 0) },
      { name: 'bs_sheet_2', sheet: INPUTS, range: range(0, 0) },
      { name: 'bs_years', sheet: INPUTS, range: range(3, 0, 4, 1) },
    ],
    styles: TEST_STYLES,
  };
}

/** Loads .xlsx bytes into an in-memory ExcelJS workbook, as a reader would. */
export async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}
