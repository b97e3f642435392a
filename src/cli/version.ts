import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The version in budgetsim's package.json, found by walking up from this file. */
export function version(): string {
  let dir = __dirname;
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'budgetsim' && pkg.version) return pkg.version;
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
