import { createFakeExcel } from '../../src/fake-excel';
import { detectCapabilities, highestExcelApi, UnsupportedExcelError } from '../../src/office/capabilities';

const office = (excelApi: string) => createFakeExcel({ apiSets: { ExcelApi: excelApi } }).Office;

describe('capabilities', () => {
  test('the highest ExcelApi set, asked with isSetSupported', () => {
    expect(highestExcelApi(office('1.7'))).toBe('1.7');
    expect(highestExcelApi(office('1.12'))).toBe('1.12');
    expect(highestExcelApi(office('1.20'))).toBe('1.20');
    expect(highestExcelApi({})).toBeNull();
  });

  test('ExcelApi 1.7: the minimum; no drop-down lists or axis formats', () => {
    expect(detectCapabilities(office('1.7'))).toEqual({
      excelApi: '1.7',
      suspendCalculation: true,
      dataValidation: false,
      chartAxisNumberFormat: false,
      delayForCellEdit: false,
      tableResize: false,
      pageLayout: false,
      copyFrom: false,
    });
  });

  test('ExcelApi 1.8: lists and axis formats, but no print setup (Worksheet.pageLayout is 1.9)', () => {
    expect(detectCapabilities(office('1.8'))).toMatchObject({ dataValidation: true, chartAxisNumberFormat: true, pageLayout: false, copyFrom: false });
    expect(detectCapabilities(office('1.9'))).toMatchObject({ pageLayout: true, copyFrom: true });
  });

  test('ExcelApi 1.9 and later: lists, axis formats and print setup; 1.11 waits for cell edits; 1.13 resizes tables', () => {
    for (const v of ['1.9', '1.12']) {
      expect(detectCapabilities(office(v))).toMatchObject({ excelApi: v, dataValidation: true, chartAxisNumberFormat: true, suspendCalculation: true, pageLayout: true });
    }
    expect(detectCapabilities(office('1.10'))).toMatchObject({ delayForCellEdit: false, tableResize: false });
    expect(detectCapabilities(office('1.11'))).toMatchObject({ delayForCellEdit: true, tableResize: false });
    expect(detectCapabilities(office('1.12'))).toMatchObject({ delayForCellEdit: true, tableResize: false });
    expect(detectCapabilities(office('1.13'))).toMatchObject({ delayForCellEdit: true, tableResize: true });
  });

  test('below 1.7, or no Office at all, is refused with what is needed', () => {
    expect(() => detectCapabilities(office('1.6'))).toThrow(UnsupportedExcelError);
    expect(() => detectCapabilities(office('1.6'))).toThrow('this Excel supports ExcelApi 1.6');
    expect(() => detectCapabilities({})).toThrow('does not report an ExcelApi version');
  });
});
