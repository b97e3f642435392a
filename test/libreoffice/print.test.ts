/**
 * The workbook prints for a meeting: LibreOffice exports it to PDF with the print setup the
 * writers put in (landscape, one page wide, title rows repeated). The comparison sheet's tables
 * each fit one page wide, where without a print setup the years split across pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleModel } from '../../src/examples';
import { writeXlsxBuffer } from '../../src/renderers/xlsx';
import { CellContent, isFormula, SheetDescription, WorkbookDescription } from '../../src/workbook/description';
import { describeWorkbook } from '../../src/workbook/layout';
import { findSoffice } from '../support/libreoffice';

/** Each file exported to PDF by one headless soffice run with a fresh profile; returns the PDFs' bytes. */
async function pdfs(files: Map<string, Buffer>): Promise<Map<string, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetsim-pdf-'));
  try {
    const inputs = [...files].map(([name]) => join(dir, `${name}.xlsx`));
    await Promise.all([...files].map(([name, bytes]) => writeFile(join(dir, `${name}.xlsx`), bytes)));
    const profile = join(dir, 'profile');
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--invisible', '--nologo', '--nodefault', '--norestore', '--nolockcheck', '--convert-to', 'pdf:calc_pdf_Export', '--outdir', join(dir, 'out'), ...inputs];
    const output = await new Promise<string>((done, fail) => {
      const child = spawn(findSoffice(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`soffice exited ${code}: ${text}`))));
    });
    const out = new Map<string, Buffer>();
    for (const [name] of files) {
      try {
        out.set(name, readFileSync(join(dir, 'out', `${name}.pdf`)));
      } catch {
        throw new Error(`soffice wrote no ${name}.pdf:\n${output}`);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Page {
  width: number;
  height: number;
}

/** The pages of a PDF, from its page objects' MediaBox (LibreOffice writes them uncompressed). */
function pages(pdf: Buffer): Page[] {
  const text = pdf.toString('latin1');
  const out: Page[] = [];
  const objects = text.split(/\bendobj\b/);
  for (const o of objects) {
    if (!/\/Type\s*\/Page(?![s\w])/.test(o)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(o) ?? /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    if (!box) throw new Error('a page without a MediaBox');
    out.push({ width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) });
  }
  return out;
}

/** The comparison sheet alone, its formulas replaced by their values: what prints of it. */
function comparisonOnly(desc: WorkbookDescription, withPrintSetup: boolean): WorkbookDescription {
  const sheet = desc.sheets.find((s) => s.role === 'comparison')!;
  const value = (c: CellContent): CellContent => (isFormula(c) ? c.cached : c);
  const copy: SheetDescription = {
    ...sheet,
    blocks: sheet.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(value)) })),
  };
  if (!withPrintSetup) delete copy.pageSetup;
  return { ...desc, sheets: [copy], names: [] };
}

test('each comparison table prints one page wide, landscape; the whole workbook in far fewer pages than without a print setup', async () => {
  const desc = describeWorkbook(exampleModel());
  const withoutSetup: WorkbookDescription = { ...desc, sheets: desc.sheets.map(({ pageSetup: _dropped, ...s }) => s) };
  const out = await pdfs(
    new Map([
      ['comparison', await writeXlsxBuffer(comparisonOnly(desc, true))],
      ['comparison-unset', await writeXlsxBuffer(comparisonOnly(desc, false))],
      ['workbook', await writeXlsxBuffer(desc)],
      ['workbook-unset', await writeXlsxBuffer(withoutSetup)],
    ]),
  );
  const comparison = pages(out.get('comparison')!);
  const unset = pages(out.get('comparison-unset')!);
  // Without a print setup the sheet is portrait and its columns run onto further pages.
  expect(unset.length).toBeGreaterThan(comparison.length);
  // With it: every page landscape (A4 is 842 × 595 points), and one page wide, so the pages
  // number no more than the sheet's height needs: at most two for the example's 7 measures × 5 scenarios and 7 committees.
  expect(comparison.length).toBeGreaterThanOrEqual(1);
  expect(comparison.length).toBeLessThanOrEqual(2);
  for (const p of comparison) expect(p.width).toBeGreaterThan(p.height);

  const whole = pages(out.get('workbook')!).length;
  const wholeUnset = pages(out.get('workbook-unset')!).length;
  // eslint-disable-next-line no-console
  console.log(`PDF pages: comparison ${comparison.length} (without print setup ${unset.length}); workbook ${whole} (without ${wholeUnset})`);
  expect(whole).toBeLessThan(wholeUnset);
  // One page wide per sheet: fitted to the width, a landscape page holds more than 40 of the
  // sheets' rows (a page two wide would hold fewer, and there would be two of them per row band).
  const rowsPerSheet = desc.sheets.map((s) => Math.max(0, ...s.blocks.map((b) => b.row + b.cells.length)));
  expect(whole).toBeLessThanOrEqual(rowsPerSheet.reduce((n, rows) => n + Math.ceil(rows / 40), 0));
}, 600_000);
