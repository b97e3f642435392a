/**
 * openpyxl (Python), a common tool among analysts, run by the tests to make the files it saves.
 * Debian's python3-openpyxl installs it for /usr/bin/python3; another python3 on the PATH (pyenv)
 * may not have it, so that one is tried first and the PATH's second.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const OPENPYXL_MISSING = 'openpyxl not found: apt-get install python3-openpyxl (bash .ci/run installs it)';

let python: string | null | undefined;

function findPython(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    if (candidate.startsWith('/') && !existsSync(candidate)) continue;
    const r = spawnSync(candidate, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return null;
}

/** Runs `code` after `import openpyxl`; returns false when openpyxl is missing (call with no code to ask). */
export function openpyxl(code?: string): boolean {
  if (python === undefined) python = findPython();
  if (python === null) return false;
  if (code === undefined) return true;
  const r = spawnSync(python, ['-c', `import openpyxl\n${code}`], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  return true;
}
