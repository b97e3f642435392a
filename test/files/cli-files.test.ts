/**
 * What the CLI does with files it did not write: a workbook saved by openpyxl is read back and,
 * holding only Budgetsim's sheets, replaced with --force; anything it cannot verify (a text file, a
 * truncated or encrypted file, a user's sheet or chart sheet) is never overwritten. --out onto places
 * that cannot hold a file, a full disk and an interrupted write each end with a plain message and
 * leave nothing behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runModel } from '../../src/engine';
import { makeLargeModel } from '../../src/examples/large-model';
import { serializeModel } from '../../src/model-file';
import { writeWorkbookFile } from '../../src/cli/workbook';
import { InputError } from '../../src/cli/errors';
import { assertBuilt, BIN, cli, EXAMPLE_FILE, exampleModel } from '../cli/helpers';
import { editXlsx, rewrite } from './parts';
import { openpyxl, OPENPYXL_MISSING } from './openpyxl';

beforeAll(assertBuilt);

const dir = mkdtempSync(join(tmpdir(), 'budgetsim-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = join(dir, 'demo.xlsx');
beforeAll(() => {
  const r = cli(['demo', '--out', demo]);
  if (r.code !== 0) throw new Error(r.stderr);
});

function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((n) => n.endsWith('.tmp'));
}

/** --force onto `file` is refused with exit 1, naming why, and the file keeps every byte. */
function refusedWithForce(file: string, reason: RegExp): void {
  const before = readFileSync(file);
  const r = cli(['run', EXAMPLE_FILE, '--out', file, '--force']);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toContain('unexpected error');
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(leftovers(dir)).toEqual([]);
}

describe('--force replaces only a workbook Budgetsim can read that holds only its sheets', () => {
  it('a text file named .xlsx', () => {
    const file = join(dir, 'notes.xlsx');
    writeFileSync(file, 'Anteckningar om budgeten\n');
    refusedWithForce(file, /notes\.xlsx is not replaced: Budgetsim cannot read it as a workbook \(it is not a zip file/);
  });

  it('a truncated .xlsx', () => {
    const file = join(dir, 'truncated.xlsx');
    const whole = readFileSync(demo);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    refusedWithForce(file, /truncated\.xlsx is not replaced: .*damaged or truncated/);
  });

  it('an OLE compound file, as an encrypted workbook is saved', () => {
    const file = join(dir, 'encrypted.xlsx');
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(file, ole);
    refusedWithForce(file, /encrypted\.xlsx is not replaced: .*OLE compound file/);
  });

  it("a Budgetsim workbook with the user's chart sheet added", () => {
    const file = join(dir, 'chartsheet.xlsx');
    writeFileSync(
      file,
      editXlsx(readFileSync(demo), (parts) => {
        parts.set('xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
        rewrite(parts, 'xl/_rels/workbook.xml.rels', (xml) =>
          xml.replace('</Relationships>', '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
        );
        rewrite(parts, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', '<sheet name="Mitt diagram" sheetId="900" r:id="rId900"/></sheets>'));
      }),
    );
    refusedWithForce(file, /chartsheet\.xlsx has sheets Budgetsim did not write \(Mitt diagram \(chart sheet\)\)/);
  });

  it('a workbook saved by openpyxl: read back, replaced when it holds only Budgetsim\'s sheets, kept when it has "Anteckningar"', () => {
    if (!openpyxl()) throw new Error(OPENPYXL_MISSING);
    const saved = join(dir, 'openpyxl.xlsx');
    const withNotes = join(dir, 'openpyxl-notes.xlsx');
    openpyxl(`wb = openpyxl.load_workbook(${JSON.stringify(demo)}); wb.save(${JSON.stringify(saved)})`);
    openpyxl(`wb = openpyxl.load_workbook(${JSON.stringify(demo)}); wb.create_sheet("Anteckningar")["A1"] = "mina noter"; wb.save(${JSON.stringify(withNotes)})`);

    const exported = cli(['export', saved, '--json']);
    expect(exported.stderr).toBe('');
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(JSON.stringify(serializeModel(exampleModel()))));

    refusedWithForce(withNotes, /openpyxl-notes\.xlsx has sheets Budgetsim did not write \(Anteckningar\)/);

    const replaced = cli(['run', EXAMPLE_FILE, '--out', saved, '--force', '--json']);
    expect(replaced.stderr).toBe('');
    expect(replaced.code).toBe(0);
    expect(JSON.parse(cli(['run', saved, '--json']).stdout)).toEqual(JSON.parse(JSON.stringify(runModel(exampleModel()))));
  });
});

describe('--out where no file can be written: a plain message, exit 1, nothing left behind', () => {
  it('onto a folder, with or without --force', () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    for (const force of [[], ['--force']]) {
      const r = cli(['run', EXAMPLE_FILE, '--out', folder, ...force]);
      expect([r.code, r.stderr]).toEqual([1, `budgetsim: cannot write ${folder}: it is a folder, not a file\n`]);
    }
  });

  it('a file name of 300 characters', () => {
    const long = join(dir, `${'b'.repeat(295)}.xlsx`);
    const r = cli(['run', EXAMPLE_FILE, '--out', long]);
    expect([r.code, r.stderr]).toEqual([1, `budgetsim: cannot write ${long}: the file name is too long for the file system\n`]);
  });

  it('a path under a file', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const under = join(file, 'budget.xlsx');
    const r = cli(['run', EXAMPLE_FILE, '--out', under]);
    expect([r.code, r.stderr]).toEqual([1, `budgetsim: cannot write ${under}: a part of the path is a file, not a folder\n`]);
  });

  it('a folder that does not exist', () => {
    const missing = join(dir, 'nowhere', 'budget.xlsx');
    const r = cli(['run', EXAMPLE_FILE, '--out', missing]);
    expect([r.code, r.stderr]).toEqual([1, `budgetsim: cannot write ${missing}: no such folder; nothing was written\n`]);
  });

  it('a full disk (a write that fails with ENOSPC halfway): the message says so, no temporary file stays', async () => {
    const target = join(dir, 'full.xlsx');
    let written = 0;
    const fullDisk = (file: Writable) =>
      new Writable({
        write(chunk: Buffer, _enc, done) {
          written += chunk.length;
          if (written > 20_000) return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
          file.write(chunk, done);
        },
        final(done) {
          file.end(done);
        },
      });
    const model = exampleModel();
    const failure = writeWorkbookFile(model, runModel(model), target, dir, { force: false, xlsx: { wrapStream: fullDisk } });
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toThrow(`cannot write ${target}: the disk is full; nothing was written`);
    expect(written).toBeGreaterThan(20_000);
    expect(existsSync(target)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('an interrupted write leaves no temporary file', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s while the workbook is being written', async (signal) => {
    const folder = mkdtempSync(join(dir, `kill-${signal}-`));
    const model = join(folder, 'large.json');
    writeFileSync(model, JSON.stringify(serializeModel(makeLargeModel({ committees: 150, years: 15, scenarios: 4 }))));
    const target = join(folder, 'large.xlsx');
    const child = spawn(process.execPath, [BIN, 'run', model, '--out', target, '--json'], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    // Wait until the temporary file exists and has bytes in it, then interrupt.
    const deadline = Date.now() + 180_000;
    let seen = false;
    while (!seen && Date.now() < deadline && child.exitCode === null) {
      seen = leftovers(folder).length > 0;
      if (!seen) await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toBe(true);
    child.kill(signal);
    const end = await exited;
    expect(end.signal).toBe(signal);
    expect(leftovers(folder)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  }, 240_000);
});

