/**
 * Every sheet Budgetsim writes prints for a meeting, from both .xlsx writers: landscape, one page
 * wide, the title rows on every page (the sheet's _xlnm.Print_Titles name), the municipality and
 * scenario in the header, page n of N and the date in the footer.
 */
import { exampleModel } from '../../../src/examples';
import { renderXlsx, writeXlsxBuffer } from '../../../src/renderers/xlsx';
import { headerFooterCodes, WorkbookDescription } from '../../../src/workbook/description';
import { describeWorkbook } from '../../../src/workbook/layout';
import { zipEntries } from './zip';

type Writer = (d: WorkbookDescription) => Promise<Buffer>;

const WRITERS: [string, Writer][] = [
  ['writeXlsxBuffer (streaming)', (d) => writeXlsxBuffer(d)],
  ['renderXlsx (in memory)', async (d) => Buffer.from(await renderXlsx(d).xlsx.writeBuffer())],
];

function sheetParts(bytes: Buffer): { workbook: string; sheets: string[] } {
  const parts = zipEntries(bytes);
  const sheets = [...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return { workbook: parts.get('xl/workbook.xml')!.toString('utf8'), sheets: sheets.map((k) => parts.get(k)!.toString('utf8')) };
}

const unescape = (xml: string) => xml.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe('the description gives every sheet a page setup', () => {
  test('landscape, one page wide, the frozen rows as title rows, a header and a footer in the workbook’s language', () => {
    const desc = describeWorkbook(exampleModel());
    for (const s of desc.sheets) {
      expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, footer: { page: true, date: true }, pageWord: 'Sida', ofWord: 'av' });
      expect(s.pageSetup!.titleRows).toEqual({ first: 0, last: s.frozen!.rows - 1 });
      expect(s.pageSetup!.header.left).toBe('Exempelkommun');
    }
    expect(desc.sheets.find((s) => s.name === 'Bas')!.pageSetup!.header.right).toBe('Scenario: Bas');
    expect(desc.sheets.find((s) => s.name === 'Enprocentaren')!.pageSetup!.header.right).toBe('Scenario: Enprocentaren');
    expect(desc.sheets[0].pageSetup!.header.right).toBe('Jämförelse');
  });

  test('header text is never read as a code: "&" is doubled, and each part is cut to fit Excel’s 255 characters', () => {
    const codes = headerFooterCodes({
      orientation: 'landscape',
      fitToWidth: 1,
      header: { left: 'Sala & Heby &P', right: 'x'.repeat(400) },
      footer: { page: true, date: true },
      pageWord: 'Sida',
      ofWord: 'av',
    });
    expect(codes.left).toBe('Sala && Heby &&P');
    expect(codes.header.length).toBeLessThanOrEqual(255);
    expect(codes.footer).toBe('&CSida &P av &N&R&D');
  });
});

describe.each(WRITERS)('%s', (_name, write) => {
  test('each sheet: <pageSetup> landscape 1 wide × any tall, fitToPage, <headerFooter>, and its Print_Titles name', async () => {
    const model = exampleModel();
    const desc = describeWorkbook(model);
    const { workbook, sheets } = sheetParts(await write(desc));
    expect(sheets.length).toBe(desc.sheets.length);
    sheets.forEach((xml, i) => {
      const d = desc.sheets[i];
      expect(xml).toMatch(/<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"\/>/s);
      const setup = /<pageSetup [^>]*\/>/.exec(xml)![0];
      expect(setup).toContain('orientation="landscape"');
      expect(setup).toContain('fitToWidth="1"');
      expect(setup).toContain('fitToHeight="0"');
      const codes = headerFooterCodes(d.pageSetup!);
      expect(unescape(/<oddHeader>(.*?)<\/oddHeader>/.exec(xml)![1])).toBe(codes.header);
      expect(unescape(/<oddFooter>(.*?)<\/oddFooter>/.exec(xml)![1])).toBe('&CSida &P av &N&R&D');
      const titles = new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${i}"[^>]*>([^<]*)</definedName>`).exec(workbook);
      expect(titles).not.toBeNull();
      expect(unescape(titles![1])).toBe(`'${d.name}'!$1:$${d.frozen!.rows}`);
    });
  });
});

test('a scenario name with an apostrophe gets a Print_Titles name Excel reads: the apostrophe doubled', async () => {
  const model = exampleModel();
  model.scenarios[0] = { ...model.scenarios[0], name: "Kim's plan" };
  const desc = describeWorkbook(model);
  const i = desc.sheets.findIndex((s) => s.name === "Kim's plan");
  const { workbook } = sheetParts(await writeXlsxBuffer(desc));
  const titles = new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${i}"[^>]*>([^<]*)</definedName>`).exec(workbook)!;
  expect(unescape(titles[1])).toBe(`'Kim''s plan'!$1:$${desc.sheets[i].frozen!.rows}`);
});
