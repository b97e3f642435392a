import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Model } from '../../src/engine';
import { parseModel } from '../../src/model-file';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'budgetsim.js');
export const BUILT_MAIN = join(ROOT, 'build', 'src', 'cli', 'main.js');
export const EXAMPLE_FILE = join(ROOT, 'src', 'examples', 'exempelkommun.json');

/** The CLI tests run the built command, as a user does; fail with a clear message when it is not built. */
export function assertBuilt(): void {
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(
      `${BUILT_MAIN} is missing: the CLI tests spawn the built command. Run "npm run build:cli" first ("npm test" does it).`,
    );
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/budgetsim.js ...args` and returns its exit code and output. */
export function cli(args: string[], options: { cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function exampleJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Record<string, unknown>;
}

/** The example file parsed as the CLI parses it. */
export function exampleModel(): Model {
  const parsed = parseModel(exampleJson());
  if (!parsed.ok) throw new Error(`the example model was refused: ${JSON.stringify(parsed.problems)}`);
  return parsed.model;
}

let dir: string | undefined;

/** Writes `content` (a string or bytes as they are, anything else as JSON) to a fresh temporary file and returns its path. */
export function tempFile(name: string, content: unknown): string {
  dir ??= mkdtempSync(join(tmpdir(), 'budgetsim-cli-'));
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Same round trip as the CLI's output, so results compare exactly. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Removes the temporary files of this test file. */
export function removeTempFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}
