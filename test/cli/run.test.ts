import { allScenarios, runModel, runScenario } from '../../src/engine';
import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile, viaJson } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

const SCENARIO_KEYS = [
  'years',
  'taxRevenue',
  'revenue',
  'netCost',
  'result',
  'resultShare',
  'rollingShare',
  'rollingComplete',
  'targetMet',
  'room',
  'committees',
];
const COMMITTEE_KEYS = ['id', 'frame', 'carryIn', 'allowance', 'netCost', 'outcome', 'impliedEfficiency'];

/** "4 577,6" (sv) or "4,577.6" (en) with one decimal, as mnkr are shown. */
function written(value: number, lang: 'sv' | 'en'): string {
  const [int, frac] = Math.abs(value).toFixed(1).split('.');
  const sep = lang === 'sv' ? ' ' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (value < 0 ? '-' : '') + grouped + (lang === 'sv' ? ',' : '.') + frac;
}

function line(stdout: string, label: string): string {
  const found = stdout.split('\n').find((l) => l.startsWith(label + ' '));
  if (!found) throw new Error(`no line starting with "${label}" in:\n${stdout}`);
  return found;
}

describe('budgetsim run --json', () => {
  const model = exampleModel();

  test('prints exactly the contract: unit and scenarios, the base first, equal to runModel', () => {
    const r = cli(['run', EXAMPLE_FILE, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['scenarios', 'unit']);
    expect(out.unit).toBe('mnkr');
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['Base', ...model.scenarios.map((s) => s.name)]);
    for (const s of out.scenarios) {
      for (const key of SCENARIO_KEYS) expect(s).toHaveProperty(key);
      for (const c of s.committees) for (const key of COMMITTEE_KEYS) expect(c).toHaveProperty(key);
      expect(s.years).toHaveLength(model.horizon);
    }
    expect(out).toEqual(viaJson(runModel(model)));
  });

  test('is one line of JSON and nothing else', () => {
    const r = cli(['run', EXAMPLE_FILE, '--json']);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  test('--scenario keeps only the named scenario', () => {
    const r = cli(['run', EXAMPLE_FILE, '--json', '--scenario', 'Full kompensation']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['Full kompensation']);
    const scenario = model.scenarios.find((s) => s.name === 'Full kompensation')!;
    expect(out.scenarios[0]).toEqual(viaJson(runScenario(model, scenario)));
  });

  test('several --scenario options keep the model order, the base first', () => {
    const r = cli(['run', EXAMPLE_FILE, '--json', '--scenario', 'Intäktsstyrd ram', '--scenario', 'Base']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenarios.map((s: { name: string }) => s.name)).toEqual(['Base', 'Intäktsstyrd ram']);
  });

  test('the base can be named as the Swedish report shows it', () => {
    const r = cli(['run', EXAMPLE_FILE, '--json', '--scenario', 'Bas']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenarios.map((s: { name: string }) => s.name)).toEqual(['Base']);
  });

  test('an unknown --scenario is a usage error that lists the known ones', () => {
    const r = cli(['run', EXAMPLE_FILE, '--scenario', 'Nollbudget']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nollbudget');
    for (const s of allScenarios(model)) expect(r.stderr).toContain(s.name);
  });

  test('a relative model path is read from the working directory', () => {
    const r = cli(['run', 'src/examples/exempelkommun.json', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(viaJson(runModel(model)));
  });
});

describe('budgetsim run report', () => {
  const model = exampleModel();
  const result = runModel(model);

  test('Swedish by default: labels, "1 234,5" amounts and "2,9 %" percentages', () => {
    const r = cli(['run', EXAMPLE_FILE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const label of ['Intäkter', 'Nettokostnad', 'Resultat', 'Resultat %', 'Rullande %', 'Mål nått', 'Utrymme']) {
      expect(r.stdout).toMatch(new RegExp(`^${label} `, 'm'));
    }
    expect(line(r.stdout, 'Intäkter')).toContain(written(result.scenarios[0].revenue[0], 'sv'));
    expect(line(r.stdout, 'Intäkter')).toMatch(/\d \d{3},\d/);
    expect(line(r.stdout, 'Resultat %')).toMatch(/-?\d+,\d %/);
    expect(line(r.stdout, 'Mål nått')).toMatch(/\b(ja|nej)\b/);
    expect(r.stdout).toContain('Basår 2026');
    expect(r.stdout).toContain('Resultatmål 3,0 %');
  });

  test('shows every scenario and then compares them', () => {
    const r = cli(['run', EXAMPLE_FILE]);
    expect(r.stdout).toMatch(/^Bas$/m);
    for (const s of model.scenarios) expect(r.stdout).toMatch(new RegExp(`^${s.name}$`, 'm'));
    const comparison = r.stdout.slice(r.stdout.indexOf('Jämförelse'));
    expect(comparison).not.toBe(r.stdout);
    for (const name of ['Bas', ...model.scenarios.map((s) => s.name)]) expect(comparison).toMatch(new RegExp(`^${name} `, 'm'));
  });

  test('marks incomplete rolling windows and explains the mark', () => {
    const r = cli(['run', EXAMPLE_FILE]);
    expect(result.scenarios[0].rollingComplete).toContain(false);
    expect(line(r.stdout, 'Rullande %')).toContain('%*');
    expect(r.stdout).toContain('* Ofullständigt fönster');
  });

  test('--lang en: English labels, "1,234.5" amounts and "2.9%" percentages', () => {
    const r = cli(['run', EXAMPLE_FILE, '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const label of ['Revenue', 'Net cost', 'Result', 'Result %', 'Rolling %', 'Target met', 'Room']) {
      expect(r.stdout).toMatch(new RegExp(`^${label} `, 'm'));
    }
    expect(line(r.stdout, 'Revenue')).toContain(written(result.scenarios[0].revenue[0], 'en'));
    expect(line(r.stdout, 'Revenue')).toMatch(/\d,\d{3}\.\d/);
    expect(line(r.stdout, 'Result %')).toMatch(/-?\d+\.\d%/);
    expect(r.stdout).toContain('Scenarios compared');
    expect(r.stdout).not.toContain('Intäkter');
  });

  test("follows the model's language, and --lang overrides it", () => {
    const english = tempFile('english.json', { ...exampleJson(), language: 'en' });
    const en = cli(['run', english]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Revenue /m);
    const sv = cli(['run', english, '--lang', 'sv']);
    expect(sv.stdout).toMatch(/^Intäkter /m);
  });

  test('--scenario shows that scenario alone, without a comparison', () => {
    const r = cli(['run', EXAMPLE_FILE, '--scenario', 'Enprocentaren']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Enprocentaren$/m);
    expect(r.stdout).not.toContain('Halv uppräkning');
    expect(r.stdout).not.toContain('Jämförelse');
  });

  test('tkr and kr are shown without decimals', () => {
    const json = exampleJson();
    const tkr = tempFile('tkr.json', { ...json, unit: 'tkr' });
    const r = cli(['run', tkr, '--scenario', 'Base']);
    expect(r.code).toBe(0);
    const revenue = line(r.stdout, 'Intäkter');
    expect(revenue).not.toMatch(/,\d/);
    expect(revenue).toMatch(/\d \d{3}\b/);
  });
});
