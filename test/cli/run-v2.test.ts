/**
 * `budgetsim run` on version 2 model files, as a process: the JSON carries every key of the engine's
 * result (nulls where a value does not exist, nothing dropped), and the report prints the financing, the
 * projects, the FTEs and the balanskravsutredning under each scenario, in Swedish and English.
 */
import { Model, runModel, ScenarioResult } from '../../src/engine';
import { parseModel } from '../../src/model-file';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, removeTempFiles, ROOT, tempFile, viaJson } from './helpers';

/** Exempelkommun as it was before version 2: a version 1 file kept as a fixture. */
const V1_FILE = join(ROOT, 'test', 'fixtures', 'exempelkommun-v1.json');
import { versionTwoJson } from './v2-model';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

function parsed(json: Record<string, unknown>): Model {
  const p = parseModel(json);
  if (!p.ok) throw new Error(`refused: ${JSON.stringify(p.problems)}`);
  return p.model;
}

/** "4 577,6" (sv) or "4,577.6" (en): an amount with `decimals` decimals, written independently of the CLI. */
function written(value: number, lang: 'sv' | 'en', decimals = 1): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac === undefined ? '' : (lang === 'sv' ? ',' : '.') + frac);
}

/** The cells of line `label` in the table titled `title` under the scenario headed `scenario`. */
function cells(stdout: string, scenario: string, title: string, label: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf(scenario);
  if (start < 0) throw new Error(`no scenario "${scenario}" in:\n${stdout}`);
  const at = lines.indexOf(title, start);
  if (at < 0) throw new Error(`no table "${title}" under "${scenario}"`);
  const line = lines.slice(at).find((l) => l.startsWith(label + '  '));
  if (!line) throw new Error(`no line "${label}" in "${title}" under "${scenario}"`);
  return line.slice(label.length).trim().split(/\s{2,}/);
}

/** The page's version 2 keys of `run --json`, per scenario, per committee and per project. */
const V2_SCENARIO_KEYS = [
  'investment',
  'newDepreciation',
  'interest',
  'financialNet',
  'selfFinancingRatio',
  'debt',
  'population',
  'netCostPerInhabitant',
  'debtPerInhabitant',
  'adjustedResult',
  'reserveDeposit',
  'reserveWithdrawal',
  'reserveBalance',
  'balanceResult',
  'restorationPending',
  'restorationOverdue',
  'balanceMet',
  'projects',
];
const V2_COMMITTEE_KEYS = ['baseFrame', 'demography', 'efficiencyFte'];
const PROJECT_KEYS = ['id', 'effect', 'cumulative', 'paybackYear'];

/**
 * Walks the engine's value and the printed JSON together: the same keys at every level, a null exactly
 * where the engine has one, and every engine number finite (JSON would print NaN or Infinity as null).
 */
function sameShape(engine: unknown, printed: unknown, path: string, problems: string[]): void {
  if (engine === null || engine === undefined) {
    if (printed !== null) problems.push(`${path}: engine ${String(engine)}, printed ${JSON.stringify(printed)}`);
    return;
  }
  if (typeof engine === 'number') {
    if (!Number.isFinite(engine)) problems.push(`${path}: engine ${engine} is not a finite number`);
    if (printed !== engine) problems.push(`${path}: engine ${engine}, printed ${JSON.stringify(printed)}`);
    return;
  }
  if (Array.isArray(engine)) {
    if (!Array.isArray(printed) || printed.length !== engine.length) {
      problems.push(`${path}: array of ${engine.length}, printed ${JSON.stringify(printed)}`);
      return;
    }
    // Array.from visits holes too, so a slot the engine never filled shows up here.
    Array.from(engine).forEach((v, i) => sameShape(v, printed[i], `${path}[${i}]`, problems));
    return;
  }
  if (typeof engine === 'object') {
    const p = printed as Record<string, unknown>;
    const keys = Object.keys(engine as object);
    const printedKeys = Object.keys(p ?? {});
    for (const k of keys) if (!printedKeys.includes(k)) problems.push(`${path}.${k}: dropped`);
    for (const k of printedKeys) if (!keys.includes(k)) problems.push(`${path}.${k}: printed but not in the engine's result`);
    for (const k of keys) sameShape((engine as Record<string, unknown>)[k], p[k], `${path}.${k}`, problems);
    return;
  }
  if (printed !== engine) problems.push(`${path}: engine ${JSON.stringify(engine)}, printed ${JSON.stringify(printed)}`);
}

describe('budgetsim run --json on a version 2 model', () => {
  // A scenario without investments (no self-financing ratio), and a committee without a cost per FTE.
  const json = versionTwoJson();
  (json.committees as Record<string, unknown>[])[5].costPerFte = undefined;
  (json.scenarios as Record<string, unknown>[]).push({ name: 'Inga investeringar', overrides: { investmentScale: 0 } });
  const file = tempFile('v2.json', JSON.parse(JSON.stringify(json)));
  const model = parsed(JSON.parse(JSON.stringify(json)));
  const engine = runModel(model);
  const r = cli(['run', file, '--json']);
  const out = JSON.parse(r.stdout) as { unit: string; scenarios: Record<string, unknown>[] };

  test('exits 0 with nothing on stderr, and equals the engine\'s result', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(out).toEqual(viaJson(engine));
  });

  test('every version 2 key of the page, per scenario, committee and project', () => {
    for (const s of out.scenarios) {
      for (const key of V2_SCENARIO_KEYS) expect(s).toHaveProperty(key);
      for (const c of s.committees as Record<string, unknown>[]) for (const key of V2_COMMITTEE_KEYS) expect(c).toHaveProperty(key);
      expect((s.projects as unknown[]).length).toBe(2);
      for (const p of s.projects as Record<string, unknown>[]) for (const key of PROJECT_KEYS) expect(p).toHaveProperty(key);
    }
  });

  test('nothing dropped, nulls exactly where the engine has them, and no number turned into null', () => {
    const problems: string[] = [];
    sameShape(engine, out, '$', problems);
    expect(problems).toEqual([]);
  });

  test('nulls stand where a value does not exist', () => {
    const none = out.scenarios.find((s) => s.name === 'Inga investeringar')!;
    expect(none.investment).toEqual([0, 0, 0, 0]);
    expect(none.selfFinancingRatio).toEqual([null, null, null, null]);
    const base = out.scenarios[0];
    expect((base.selfFinancingRatio as unknown[]).every((v) => typeof v === 'number')).toBe(true);
    const kfn = (base.committees as Record<string, unknown>[]).find((c) => c.id === 'KFN')!;
    expect(kfn.efficiencyFte).toEqual([null, null, null, null]);
    const bun = (base.committees as Record<string, unknown>[]).find((c) => c.id === 'BUN')!;
    expect((bun.efficiencyFte as unknown[]).every((v) => typeof v === 'number')).toBe(true);
    expect((base.population as number[])[0]).toBe(60100);
    const digi = (base.projects as Record<string, unknown>[]).find((p) => p.id === 'DIGI')!;
    // +4, -2.5, -2.5: cumulative 4, 1.5, -1: paid back in 2029
    expect(digi.cumulative).toEqual([4, 1.5, -1, -3.5]);
    expect(digi.paybackYear).toBe(2029);
  });

  test('a version 1 file prints the version 2 keys with their neutral values', () => {
    const v1 = JSON.parse(cli(['run', V1_FILE, '--json']).stdout) as { scenarios: Record<string, unknown>[] };
    const base = v1.scenarios[0];
    for (const key of V2_SCENARIO_KEYS) expect(base).toHaveProperty(key);
    expect(base.investment).toEqual([0, 0, 0, 0]);
    expect(base.selfFinancingRatio).toEqual([null, null, null, null]);
    expect(base.population).toEqual([null, null, null, null]);
    expect(base.netCostPerInhabitant).toEqual([null, null, null, null]);
    expect(base.projects).toEqual([]);
  });
});

describe('budgetsim run report on a version 2 model', () => {
  const json = versionTwoJson();
  const file = tempFile('v2-report.json', json);
  const model = parsed(json);
  const run = runModel(model);
  const byName = (name: string): ScenarioResult => run.scenarios.find((s) => s.name === name)!;
  const base = byName('Base');
  const recession = byName('Lågkonjunktur');
  const sv = cli(['run', file]);
  const en = cli(['run', file, '--lang', 'en']);

  test('exits 0, nothing on stderr, in both languages', () => {
    expect(sv.stderr).toBe('');
    expect(sv.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
  });

  test('every scenario gets its financing, projects, FTE and balance tables (sv)', () => {
    const lines = sv.stdout.split('\n');
    for (const title of ['Finansiering', 'Projekt: effekt på ramen per år (+ kostnad, - besparing)', 'Effektiviseringskrav i årsarbetare', 'Balanskravsutredning (kommunallagen 11 kap.)']) {
      expect(lines.filter((l) => l === title)).toHaveLength(run.scenarios.length);
    }
  });

  test('the financing figures are the engine\'s, written the Swedish way', () => {
    const f = (label: string) => cells(sv.stdout, 'Bas', 'Finansiering', label);
    expect(f('Investeringar')).toEqual(base.investment.map((v) => written(v, 'sv')));
    expect(f('Avskrivningar, nya')).toEqual(base.newDepreciation.map((v) => written(v, 'sv')));
    expect(f('Räntekostnad')).toEqual(base.interest.map((v) => written(v, 'sv')));
    expect(f('Låneskuld, netto')).toEqual(base.debt.map((v) => written(v, 'sv')));
    expect(f('Självfinansieringsgrad')).toEqual(base.selfFinancingRatio.map((v) => `${written(v! * 100, 'sv')} %`));
    expect(f('Låneskuld per invånare, kr')).toEqual(base.debtPerInhabitant.map((v) => written(v!, 'sv', 0)));
    // 2027: interest on the opening debt, 3 % of 2 500
    expect(f('Räntekostnad')[0]).toBe('75,0');
  });

  test('the balanskravsutredning of the recession: a withdrawal, deficits to restore, one overdue', () => {
    const b = (label: string) => cells(sv.stdout, 'Lågkonjunktur', 'Balanskravsutredning (kommunallagen 11 kap.)', label);
    expect(b('Balanskravsresultat')).toEqual(recession.balanceResult.map((v) => written(v, 'sv')));
    expect(b('Uttag ur reserv')).toEqual(recession.reserveWithdrawal.map((v) => written(v, 'sv')));
    expect(b('Kvar att återställa')).toEqual(recession.restorationPending.map((v) => written(v, 'sv')));
    expect(b('Ej återställt i tid')).toEqual(recession.restorationOverdue.map((v) => written(v, 'sv')));
    expect(b('Balanskrav uppfyllt')).toEqual(recession.balanceMet.map((m) => (m ? 'ja' : 'nej')));
    // the opening 15 from 2025 is due by the end of 2028 and is not restored
    expect(b('Ej återställt i tid')[1]).toBe('15,0');
    // 2027's adjusted result -65.2 - 12 is partly covered by the whole opening reserve of 60
    expect(b('Uttag ur reserv')[0]).toBe('60,0');
  });

  test('projects with their payback year, and the FTEs per committee with their total', () => {
    expect(cells(sv.stdout, 'Bas', 'Projekt: effekt på ramen per år (+ kostnad, - besparing)', 'Digital hemtjänst (VON)')).toEqual(['4,0', '-2,5', '-2,5', '-2,5', '-3,5', '2029']);
    const fte = (label: string) => cells(sv.stdout, 'Bas', 'Effektiviseringskrav i årsarbetare', label);
    const bun = base.committees.find((c) => c.id === 'BUN')!;
    expect(fte('Barn- och utbildningsnämnden')).toEqual(bun.efficiencyFte.map((v) => written(v!, 'sv')));
    const total = base.years.map((_, t) => base.committees.reduce((s, c) => s + c.efficiencyFte[t]!, 0));
    expect(fte('Summa')).toEqual(total.map((v) => written(v, 'sv')));
  });

  test('the comparison: balanskrav uppfyllt beside mål nått, the debt at the end and the self-financing ratio', () => {
    const comparison = sv.stdout.slice(sv.stdout.indexOf('Jämförelse av scenarierna'));
    expect(comparison).toMatch(/Mål nått {2}Balanskrav uppfyllt {2}Effektiviseringskrav 2030 {2}Låneskuld 2030 {2}Självfin\. 2027–2030/);
    const row = comparison.split('\n').find((l) => l.startsWith('Lågkonjunktur '))!;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const ratio = sum(recession.selfFinancing) / sum(recession.investment);
    expect(row).toMatch(new RegExp(`nej +nej +\\S+ \\([^)]*\\) +${written(recession.debt[3], 'sv')} +${written(ratio * 100, 'sv')} %$`));
  });

  test('in English: the same tables and figures the English way', () => {
    expect(cells(en.stdout, 'Base', 'Financing', 'Net debt')).toEqual(base.debt.map((v) => written(v, 'en')));
    expect(cells(en.stdout, 'Base', 'Financing', 'Self-financing ratio')).toEqual(base.selfFinancingRatio.map((v) => `${written(v! * 100, 'en')}%`));
    const title = 'Balance requirement (kommunallagen 11 kap.)';
    expect(cells(en.stdout, 'Lågkonjunktur', title, 'Overdue')).toEqual(recession.restorationOverdue.map((v) => written(v, 'en')));
    expect(cells(en.stdout, 'Lågkonjunktur', title, 'Balance met')).toEqual(recession.balanceMet.map((m) => (m ? 'yes' : 'no')));
    expect(cells(en.stdout, 'Base', 'Projects: effect on the frame per year (+ cost, - saving)', 'Digital hemtjänst (VON)').at(-1)).toBe('2029');
    expect(cells(en.stdout, 'Base', 'Efficiency requirement in FTEs', 'Total')).toHaveLength(4);
    expect(en.stdout).toMatch(/Target met {2}Balance met {2}Efficiency demand 2030 {2}Net debt 2030 {2}Self-fin\. 2027–2030/);
    expect(en.stdout).not.toContain('Finansiering');
  });

  test('--detail: with more committees than the limit the FTE table shows only the total, --detail each', () => {
    const many = versionTwoJson();
    const extra = ['A1', 'A2'].map((id) => ({ id, name: `Nämnd ${id}`, frame: 50, labourShare: 0.5, costPerFte: 0.6 }));
    many.committees = [...(many.committees as unknown[]), ...extra];
    const manyFile = tempFile('v2-many.json', many);
    const short = cli(['run', manyFile, '--scenario', 'Bas']);
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('9 nämnder: summan visas; --detail visar varje nämnd.');
    expect(short.stdout).not.toMatch(/^Nämnd A1 /m);
    const long = cli(['run', manyFile, '--scenario', 'Bas', '--detail']);
    expect(long.code).toBe(0);
    expect(cells(long.stdout, 'Bas', 'Effektiviseringskrav i årsarbetare', 'Nämnd A1')).toHaveLength(4);
    expect(long.stdout).not.toContain('--detail visar');
  });

  test('--help tells what --detail does', () => {
    const help = cli(['run', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--detail\s+the FTE table with one line per committee/);
    expect(help).toContain('--detail shows every committee');
  });
});

describe('a version 1 model shows no empty version 2 tables', () => {
  const r = cli(['run', V1_FILE]);

  test('no financing, projects or FTE tables; the balance requirement only where a result is negative', () => {
    expect(r.code).toBe(0);
    for (const title of ['Finansiering', 'Projekt: effekt', 'Effektiviseringskrav i årsarbetare']) expect(r.stdout).not.toContain(title);
    const base = r.stdout.slice(r.stdout.indexOf('\nBas\n'), r.stdout.indexOf('\nEnprocentaren\n'));
    expect(base).not.toContain('Balanskravsutredning');
    // Full compensation runs deficits from 2028: its balance requirement is not met, and says so
    expect(cells(r.stdout, 'Full kompensation', 'Balanskravsutredning (kommunallagen 11 kap.)', 'Balanskrav uppfyllt')).toEqual(['ja', 'nej', 'nej', 'nej']);
    expect(r.stdout).not.toContain('Låneskuld');
  });
});

describe('the README documents every key run --json prints', () => {
  test('each key of a version 2 result, at every level, is named in the README section "JSON output"', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### JSON output'), readme.indexOf('## The workbook'));
    const named = new Set([...section.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
    const s = runModel(parsed(versionTwoJson())).scenarios[0];
    const keys = [...Object.keys(s), ...Object.keys(s.committees[0]), ...Object.keys(s.projects[0])];
    expect(keys.filter((k) => !named.has(k))).toEqual([]);
  });
});
