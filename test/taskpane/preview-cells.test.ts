import { displayValue } from '../../src/preview/cell-text';
import { parseReference, snapshotSource } from '../../src/preview/snapshot-source';
import { CellError, Evaluator } from '../../src/workbook/evaluate';
import type { WorkbookSnapshot } from '../../src/fake-excel';

const NBSP = '\u00a0';

describe('the preview’s cells', () => {
  test('values in the cell’s number format, the language’s way', () => {
    expect(displayValue(1234.56, '#,##0.0', 'sv')).toBe(`1${NBSP}234,6`);
    expect(displayValue(1234.56, '#,##0.0', 'en')).toBe('1,234.6');
    expect(displayValue(0.0312, '0.0%', 'sv')).toBe(`3,1${NBSP}%`);
    expect(displayValue(0.0312, '0.0%', 'en')).toBe('3.1%');
    expect(displayValue(2026, 'General', 'sv')).toBe('2026');
    expect(displayValue(true, undefined, 'sv')).toBe('SANT');
    expect(displayValue('<b>x</b>', undefined, 'en')).toBe('<b>x</b>');
    expect(displayValue(new CellError('#DIV/0!'), undefined, 'en')).toBe('#DIV/0!');
  });

  test('references in names and table addresses', () => {
    expect(parseReference("='Indata'!$C$5")).toEqual({ sheet: 'Indata', row: 4, column: 2, rows: 1, columns: 1 });
    expect(parseReference('Nämnder!B4:K9')).toEqual({ sheet: 'Nämnder', row: 3, column: 1, rows: 6, columns: 10 });
    expect(parseReference("='It''s'!A1")).toEqual({ sheet: "It's", row: 0, column: 0, rows: 1, columns: 1 });
    expect(parseReference('=1+2')).toBeUndefined();
  });

  test('formulas are evaluated over the snapshot, names included', () => {
    const snap = {
      sheets: [
        { name: 'Indata', cells: { C5: { value: 0.02 } } },
        { name: 'Bas', cells: { A1: { formula: '=bs_target*100', value: 0 }, A2: { formula: "='Indata'!C5+A1", value: 0 } } },
      ],
      names: [{ name: 'bs_target', formula: '=Indata!$C$5' }],
    } as unknown as WorkbookSnapshot;
    const ev = new Evaluator(snapshotSource(snap));
    expect(ev.value('Bas', 0, 0)).toBe(2);
    expect(ev.value('Bas', 1, 0)).toBeCloseTo(2.02, 12);
  });
});
