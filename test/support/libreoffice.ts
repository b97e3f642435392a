/**
 * LibreOffice Calc as an independent spreadsheet engine for tests: it recalculates .xlsx files
 * headless and writes them back with its own results as the cached values, which ExcelJS then reads.
 *
 * Exports: `recalculateWithLibreOffice`, `convertWithLibreOffice`, `readAllCells`, `findSoffice`,
 * `CellReadout`, `LIBREOFFICE_MISSING`.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ExcelJS from 'exceljs';

export const LIBREOFFICE_MISSING = 'LibreOffice not found: run bash .ci/run, or apt-get install libreoffice-calc-nogui';

/** How long one soffice call may take before it is stopped. */
const TIMEOUT_MS = 10 * 60 * 1000;

/**
 * LibreOffice keeps the cached values of an .xlsx that says it was written by Excel (ExcelJS says
 * so), even with calcPr fullCalcOnLoad, unless the profile sets OOXMLRecalcMode: 0 = always
 * recalculate, 1 = never, 2 = ask.
 */
function recalcModeXcu(mode: 0 | 1): string {
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item('OOXMLRecalcMode')}
${item('ODFRecalcMode')}
</oor:items>
`;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary: $SOFFICE, else soffice or libreoffice on the PATH, else the usual install places. */
export function findSoffice(): string {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`${LIBREOFFICE_MISSING} (SOFFICE=${fromEnv} is not executable)`);
    return fromEnv;
  }
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((d) => [join(d, 'soffice'), join(d, 'libreoffice')]);
  const known = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  const found = [...onPath, ...known].find(isExecutable);
  if (!found) throw new Error(LIBREOFFICE_MISSING);
  return found;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

/**
 * Opens every file in one headless soffice run with a fresh profile that recalculates all formulas
 * on load, and saves each as .xlsx in `outDir` (same base name). Returns the written paths, in order.
 */
export function recalculateWithLibreOffice(inputPaths: string[], outDir: string): Promise<string[]> {
  return convertWithLibreOffice(inputPaths, outDir, { recalculate: true });
}

/** As recalculateWithLibreOffice; with `recalculate: false` LibreOffice keeps the cached values (a baseline for timing). */
export async function convertWithLibreOffice(inputPaths: string[], outDir: string, options: { recalculate: boolean }): Promise<string[]> {
  const soffice = findSoffice();
  if (inputPaths.length === 0) return [];
  const out = resolve(outDir);
  const outputs = inputPaths.map((p) => join(out, `${basename(p, extname(p))}.xlsx`));
  const clash = outputs.find((o, i) => outputs.indexOf(o) !== i || resolve(inputPaths[i]) === o);
  if (clash) throw new Error(`recalculateWithLibreOffice: ${clash} would be written twice or over its input; use another outDir or other names`);
  for (const p of inputPaths) if (!existsSync(p)) throw new Error(`recalculateWithLibreOffice: no file ${p}`);

  await mkdir(out, { recursive: true });
  await Promise.all(outputs.map((o) => rm(o, { force: true })));
  const profile = await mkdtemp(join(tmpdir(), 'budgetsim-lo-profile-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), recalcModeXcu(options.recalculate ? 0 : 1));
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      ...inputPaths.map((p) => resolve(p)),
    ];
    const { code, output } = await run(soffice, args);
    const missing = outputs.filter((o) => !existsSync(o));
    if (code !== 0 || missing.length) {
      throw new Error(`soffice (exit ${code}) did not write ${missing.join(', ') || 'its files cleanly'}:\n${output}`);
    }
    return outputs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export interface CellReadout {
  address: string;
  /** 1-based, as ExcelJS counts. */
  row: number;
  column: number;
  /** Without the leading '='; absent for a plain value. */
  formula?: string;
  /** A formula cell's cached result, or a plain cell's value. */
  value: number | string | boolean | null | { error: string };
}

function plain(v: unknown): CellReadout['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { error?: string; richText?: { text: string }[]; text?: string };
    if (o.error !== undefined) return { error: o.error };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return o.text;
  }
  return String(v);
}

/** Every non-empty cell of every sheet, by sheet name and then by address ("C7"). */
export async function readAllCells(path: string): Promise<Map<string, Map<string, CellReadout>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets = new Map<string, Map<string, CellReadout>>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, CellReadout>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        const readout: CellReadout = {
          address: cell.address,
          row: Number(cell.row),
          column: Number(cell.col),
          value: formula ? plain(cell.result) : plain(cell.value),
        };
        if (formula) readout.formula = formula.replace(/^=/, '');
        cells.set(cell.address, readout);
      });
    });
    sheets.set(ws.name, cells);
  });
  return sheets;
}
