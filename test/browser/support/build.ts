/**
 * The browser tests run against `npm run build`'s output. It is built once per test run, or not at
 * all when dist/ is newer than every source; parallel test files wait for the one that builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository: the nearest folder above this file with Budgetsim's package.json (also when compiled into build/). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"budgetsim"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no budgetsim package.json above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
export const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'build', 'browser-build.lock');
const INPUTS = ['src', 'webpack.config.js', 'package-lock.json', 'tsconfig.webpack.json', 'manifest.xml', 'assets'];
const OUTPUTS = ['taskpane.html', 'preview.html', 'fake-office.js'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

const STAMP = join(ROOT, 'build', 'browser-build.stamp');

/**
 * dist/ is current when it holds every output and nothing in the sources is newer than the last
 * build: the newest file webpack wrote (it leaves unchanged files alone), or this helper's stamp.
 */
function upToDate(): boolean {
  const outputs = OUTPUTS.map((f) => join(DIST, f));
  if (!outputs.every(existsSync)) return false;
  const built = Math.max(newest(DIST), existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0);
  return INPUTS.map((p) => join(ROOT, p)).filter(existsSync).every((p) => newest(p) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Makes sure dist/ holds the production build of the current sources. */
export function ensureBuilt(): void {
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    if (upToDate()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      if (waited > 600_000) throw new Error(`another test has been building dist/ for 10 minutes; remove ${LOCK} if it is stale`);
      sleep(500);
      continue;
    }
    try {
      if (!upToDate()) {
        execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
        writeFileSync(STAMP, new Date().toISOString());
      }
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
