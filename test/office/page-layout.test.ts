/**
 * The print setup reaches Excel through Worksheet.pageLayout (ExcelApi 1.9), as the .xlsx writer
 * puts it in the file: landscape, one page wide and automatic pages down, title rows, and the
 * header and footer as Excel's codes. On ExcelApi 1.8 it is left out and the report says so.
 */
// The version 1 example: these tests count its sheets and names.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { headerFooterCodes } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { fixture } from './helpers';

test('every sheet written gets the description’s page setup', async () => {
  const f = fixture();
  const model = exampleModel();
  model.name = 'Sala & Heby';
  const report = await f.gateway.write(model);
  expect(report.skipped ?? []).toEqual([]);
  const desc = describeWorkbook(model);
  const sheets = f.host.snapshot().sheets;
  for (const d of desc.sheets) {
    const s = sheets.find((x) => x.name === d.name)!;
    const codes = headerFooterCodes(d.pageSetup!);
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$1:$${d.frozen!.rows}`,
      headers: { leftHeader: codes.left, centerHeader: '', rightHeader: codes.right, leftFooter: '', centerFooter: 'Sida &P av &N', rightFooter: '&D' },
    });
    // "&" in the municipality's name is doubled, so Excel prints it rather than reading a code.
    expect(s.pageLayout.headers.leftHeader).toBe('Sala && Heby');
  }
  // A sheet that is not Budgetsim's keeps Excel's default.
  expect(sheets.find((x) => x.name === 'Sheet1')!.pageLayout).toMatchObject({ orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null });
});

test('on ExcelApi 1.8 the print setup is left out, the sheets keep the default, and the report says why', async () => {
  const f = fixture({ apiSets: { ExcelApi: '1.8' } });
  const report = await f.gateway.write(exampleModel());
  expect(report.skipped).toEqual([expect.stringContaining('print setup of 9 sheets')]);
  expect(report.skipped![0]).toContain('ExcelApi 1.9 and this Excel supports ExcelApi 1.8');
  expect(f.host.snapshot().sheets.every((s) => s.pageLayout.orientation === 'Portrait' && s.pageLayout.printTitleRows === null)).toBe(true);
});
