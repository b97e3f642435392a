import { meetsTarget, runScenario, solveEfficiency } from '../../src/engine';
import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

describe('budgetsim solve', () => {
  const model = exampleModel();
  const expected = solveEfficiency(model).efficiency;

  test('--json prints {"efficiency": e}, the solver\'s answer for the base', () => {
    const r = cli(['solve', EXAMPLE_FILE, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['efficiency']);
    expect(out.efficiency).toBe(expected);
  });

  test('the answer meets the target, and a slightly smaller requirement does not', () => {
    const e = JSON.parse(cli(['solve', EXAMPLE_FILE, '--json']).stdout).efficiency as number;
    expect(typeof e).toBe('number');
    const at = runScenario(model, { name: 'solved', overrides: { efficiency: e } });
    expect(meetsTarget(at)).toBe(true);
    const below = runScenario(model, { name: 'below', overrides: { efficiency: e - 1e-5 } });
    expect(meetsTarget(below)).toBe(false);
  });

  test('says the answer in a sentence, as percent per year, and shows the scenario it gives', () => {
    const r = cli(['solve', EXAMPLE_FILE]);
    expect(r.code).toBe(0);
    const percent = `${(expected! * 100).toFixed(2).replace('.', ',')} %`;
    expect(r.stdout).toContain(`Effektiviseringskrav som når målet: ${percent} per år`);
    expect(r.stdout).toMatch(/^Rullande % /m);
    expect(r.stdout).toMatch(/^Mål nått /m);
  });

  test('in English with --lang en', () => {
    const r = cli(['solve', EXAMPLE_FILE, '--lang', 'en']);
    const percent = `${(expected! * 100).toFixed(2)}%`;
    expect(r.stdout).toContain(`Efficiency requirement that meets the target: ${percent} per year`);
  });

  test('--scenario solves for that scenario', () => {
    const scenario = model.scenarios.find((s) => s.name === 'Full kompensation')!;
    const r = cli(['solve', EXAMPLE_FILE, '--json', '--scenario', 'Full kompensation']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).efficiency).toBe(solveEfficiency(model, scenario).efficiency);
  });

  test('when no requirement meets the target: null with --json, a clear sentence without, exit 0 both', () => {
    const unreachable = tempFile('unreachable.json', { ...exampleJson(), target: 0.9 });
    const json = cli(['solve', unreachable, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ efficiency: null });
    const text = cli(['solve', unreachable]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Inget enhetligt effektiviseringskrav');
    expect(text.stdout).not.toMatch(/^Intäkter /m);
  });

  test('accepts one --scenario only', () => {
    const r = cli(['solve', EXAMPLE_FILE, '--scenario', 'Base', '--scenario', 'Enprocentaren']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--scenario');
  });
});
