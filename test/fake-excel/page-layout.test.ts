/** The fake's Worksheet.pageLayout refuses what Excel refuses, and exists only from ExcelApi 1.9. */
import { createFakeExcel } from '../../src/fake-excel';

function run(excelApi: string, batch: (ws: Excel.Worksheet) => void) {
  const { Excel, host } = createFakeExcel({ apiSets: { ExcelApi: excelApi } });
  const done = Excel.run(async (context: Excel.RequestContext) => {
    batch(context.workbook.worksheets.getItem('Sheet1'));
    await context.sync();
  });
  return { done, host };
}

test('landscape, fit to pages, title rows and the six sections are kept as set', async () => {
  const { done, host } = run('1.12', (ws) => {
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows('$1:$3');
    ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = 'Kommun';
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = 'Sida &P av &N';
  });
  await done;
  expect(host.snapshot().sheets[0].pageLayout).toMatchObject({
    orientation: 'Landscape',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: '$1:$3',
    headers: { leftHeader: 'Kommun', centerFooter: 'Sida &P av &N', rightHeader: '' },
  });
});

test.each([
  ['an orientation Excel does not have', (ws: Excel.Worksheet) => ((ws.pageLayout as unknown as { orientation: string }).orientation = 'Sideways')],
  ['a scale outside 10..400', (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { scale: 5 })],
  ['a scale and pages to fit together', (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 })],
  ['print titles that are not whole rows', (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows('A1:B2')],
  ['a header longer than 255 characters', (ws: Excel.Worksheet) => (ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = 'x'.repeat(256))],
])('refuses %s with InvalidArgument', async (_what, batch) => {
  const { done } = run('1.12', batch);
  await expect(done).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('before ExcelApi 1.9 pageLayout is not there: ApiNotFound', async () => {
  const { done, host } = run('1.8', (ws) => {
    ws.pageLayout.orientation = 'Landscape';
  });
  await expect(done).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(host.snapshot().sheets[0].pageLayout.orientation).toBe('Portrait');
});
