import { assertBuilt, cli, exampleModel } from './helpers';

beforeAll(assertBuilt);

describe('budgetsim demo', () => {
  const model = exampleModel();
  const names = model.scenarios.map((s) => s.name);

  test('shows every scenario of the example and compares them', () => {
    const r = cli(['demo']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Exempelkommun$/m);
    expect(r.stdout).toMatch(/^Bas$/m);
    for (const name of names) expect(r.stdout).toMatch(new RegExp(`^${name}$`, 'm'));
    const at = r.stdout.indexOf('Jämförelse av scenarierna');
    expect(at).toBeGreaterThan(0);
    const comparison = r.stdout.slice(at);
    for (const name of ['Bas', ...names]) expect(comparison).toMatch(new RegExp(`^${name} .*\\b(ja|nej)\\b`, 'm'));
    expect(r.stdout).toContain('Effektiviseringskrav som når målet:');
    expect(r.stdout).toContain('src/examples/exempelkommun.json');
  });

  test('--json is the run contract for the example', () => {
    const r = cli(['demo', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['scenarios', 'unit']);
    expect(out.scenarios.map((s: { name: string }) => s.name)).toEqual(['Base', ...names]);
  });

  test('--lang en', () => {
    const r = cli(['demo', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Base$/m);
    expect(r.stdout).toContain('Scenarios compared');
    expect(r.stdout).not.toContain('Jämförelse');
  });

  test('takes no model argument', () => {
    const r = cli(['demo', 'model.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
