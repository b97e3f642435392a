/**
 * `npm run bench`: runs every registered case and prints one JSON object per line,
 * {"name", "value", "unit"}, and nothing else on standard output. Arguments, if any, are name
 * prefixes: `node build/bench/run.js engine.example` runs only the matching cases.
 */
import { allCases } from './cases';

async function runBench(prefixes: string[]): Promise<number> {
  const cases = prefixes.length ? allCases.filter((c) => prefixes.some((p) => c.name.startsWith(p))) : allCases;
  if (cases.length === 0) {
    process.stderr.write(`bench: no case matches ${prefixes.join(', ')}; cases: ${allCases.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  let failed = 0;
  for (const c of cases) {
    try {
      for (const figure of await c.run()) {
        process.stdout.write(JSON.stringify({ name: figure.name, value: figure.value, unit: figure.unit }) + '\n');
      }
    } catch (err) {
      failed++;
      process.stderr.write(`bench: case ${c.name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

runBench(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
