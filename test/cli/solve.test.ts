import {
  meetsGoal,
  Model,
  resolveScenario,
  Scenario,
  simulate,
  solve,
  SOLVER_GOALS,
  SOLVER_LEVERS,
  SolverGoal,
  SolverLever,
  withLever,
} from '../../src/engine';
import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

const BASE: Scenario = { name: 'Base', overrides: {} };

/** Runs a lever's value through the engine as the solver applies it: does the goal hold there? */
function holds(model: Model, scenario: Scenario, lever: SolverLever, goal: SolverGoal, x: number): boolean {
  return meetsGoal(simulate(withLever(resolveScenario(model, scenario), lever, x)), goal);
}

/** The value as the sentence must show it: rounded up to hundredths of a krona or of a percent, sv or en. */
function shown(lever: SolverLever, value: number, lang: 'sv' | 'en'): string {
  const n = lever === 'taxRate' ? Math.ceil(value * 100 - 1e-9) / 100 : Math.ceil(value * 10000 - 1e-9) / 100;
  let text = n.toFixed(2);
  if (lever === 'efficiency') text = text.replace(/\.?0+$/, '');
  if (lang === 'sv') text = text.replace('.', ',');
  if (lever === 'taxRate') return `${text} kr`;
  return lang === 'sv' ? `${text} %` : `${text}%`;
}

/** The output with its wrapped lines joined, for sentences that may break over lines. */
function joined(stdout: string): string {
  return stdout.replace(/\s+/g, ' ');
}

function solveJson(args: string[]): Record<string, unknown> {
  const r = cli(['solve', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('budgetsim solve', () => {
  const model = exampleModel();
  const expected = solve(model).value;

  test('--json for a plain solve: {"lever", "goal", "value"} and version 1\'s "efficiency", the solver\'s answer for the base', () => {
    const out = solveJson([EXAMPLE_FILE]);
    expect(Object.keys(out)).toEqual(['lever', 'goal', 'value', 'efficiency']);
    expect(out).toEqual({ lever: 'efficiency', goal: 'target', value: expected, efficiency: expected });
  });

  test('the answer meets the target, and a slightly smaller requirement does not', () => {
    const e = solveJson([EXAMPLE_FILE]).efficiency as number;
    expect(typeof e).toBe('number');
    expect(holds(model, BASE, 'efficiency', 'target', e)).toBe(true);
    expect(holds(model, BASE, 'efficiency', 'target', e - 1e-5)).toBe(false);
  });

  test('says the answer in a sentence, as percent per year, and shows the scenario it gives', () => {
    const r = cli(['solve', EXAMPLE_FILE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Effektiviseringskrav som krävs för resultatmålet: ${shown('efficiency', expected!, 'sv')} per år`);
    expect(r.stdout).toMatch(/^Rullande % /m);
    expect(r.stdout).toMatch(/^Mål nått /m);
  });

  test('in English with --lang en', () => {
    const r = cli(['solve', EXAMPLE_FILE, '--lang', 'en']);
    expect(r.stdout).toContain(`Efficiency requirement needed for the surplus target: ${shown('efficiency', expected!, 'en')} per year`);
  });

  test('--scenario solves for that scenario', () => {
    const scenario = model.scenarios.find((s) => s.name === 'Full kompensation')!;
    const out = solveJson([EXAMPLE_FILE, '--scenario', 'Full kompensation']);
    expect(out.efficiency).toBe(solve(model, scenario).value);
  });

  test('when no requirement meets the target: null with --json, a clear sentence without, exit 0 both', () => {
    const unreachable = tempFile('unreachable.json', { ...exampleJson(), target: 0.9 });
    expect(solveJson([unreachable])).toEqual({ lever: 'efficiency', goal: 'target', value: null, efficiency: null });
    const text = cli(['solve', unreachable]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Inget enhetligt effektiviseringskrav mellan -50 % och 50 % per år når resultatmålet.');
    expect(text.stdout).not.toMatch(/^Intäkter /m);
  });

  test('accepts one --scenario only', () => {
    const r = cli(['solve', EXAMPLE_FILE, '--scenario', 'Base', '--scenario', 'Enprocentaren']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--scenario');
  });
});

describe('budgetsim solve --lever --goal', () => {
  const model = exampleModel();
  const recession = model.scenarios.find((s) => s.name === 'Full kompensation')!;
  const combinations = SOLVER_LEVERS.flatMap((lever) => SOLVER_GOALS.map((goal) => [lever, goal] as const));

  test.each(combinations)('--lever %s --goal %s: the goal holds at the answer and fails 1e-4 below it', (lever, goal) => {
    for (const [scenario, args] of [
      [BASE, []],
      [recession, ['--scenario', recession.name]],
    ] as const) {
      const out = solveJson([EXAMPLE_FILE, '--lever', lever, '--goal', goal, ...args]);
      const expectedKeys = lever === 'efficiency' ? ['lever', 'goal', 'value', 'efficiency'] : ['lever', 'goal', 'value'];
      expect(Object.keys(out)).toEqual(expectedKeys);
      expect(out.lever).toBe(lever);
      expect(out.goal).toBe(goal);
      const x = out.value as number;
      expect(typeof x).toBe('number');
      if (lever === 'efficiency') expect(out.efficiency).toBe(x);
      expect(holds(model, scenario, lever, goal, x)).toBe(true);
      expect(holds(model, scenario, lever, goal, x - 1e-4)).toBe(false);
    }
  });

  test('the tax rate for the balance requirement, in words: "Skattehöjning som krävs för balanskravet"', () => {
    const x = solve(model, recession, { lever: 'taxRate', goal: 'balance' }).value!;
    expect(x).toBeGreaterThan(0);
    const r = cli(['solve', EXAMPLE_FILE, '--lever', 'taxRate', '--goal', 'balance', '--scenario', recession.name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Skattehöjning som krävs för balanskravet: ${shown('taxRate', x, 'sv')}`);
    expect(r.stdout).toContain(`Full kompensation med skattesatsen ändrad med +${shown('taxRate', x, 'sv')} varje planår`);
    // the figure shown is rounded up, so it is enough
    expect(holds(model, recession, 'taxRate', 'balance', Number(shown('taxRate', x, 'en').replace(' kr', '')))).toBe(true);
    const en = cli(['solve', EXAMPLE_FILE, '--lever', 'taxRate', '--goal', 'balance', '--scenario', recession.name, '--lang', 'en']);
    expect(en.stdout).toContain(`Tax increase needed for the balance requirement: ${shown('taxRate', x, 'en')}`);
  });

  test('both goals, and a tax rate that may fall: the negative answer is said in words', () => {
    const x = solve(model, BASE, { lever: 'taxRate', goal: 'both' }).value!;
    expect(x).toBeLessThan(0);
    const r = cli(['solve', EXAMPLE_FILE, '--lever', 'taxRate', '--goal', 'both']);
    expect(r.stdout).toContain(`Skattehöjning som krävs för resultatmålet och balanskravet: ${shown('taxRate', x, 'sv')}`);
    // the decrease is the shown (rounded-up) change without its sign: -0,36 kr reads "sänkas med 0,36 kr"
    const decrease = shown('taxRate', x, 'sv').replace(/^-/, '');
    expect(joined(r.stdout)).toContain(`Negativt: skattesatsen kan sänkas med ${decrease} och resultatmålet och balanskravet nås ändå.`);
  });

  test('the efficiency lever for the balance requirement', () => {
    const x = solve(model, recession, { lever: 'efficiency', goal: 'balance' }).value!;
    const r = cli(['solve', EXAMPLE_FILE, '--goal', 'balance', '--scenario', recession.name, '--lang', 'en']);
    expect(r.stdout).toContain(`Efficiency requirement needed for the balance requirement: ${shown('efficiency', x, 'en')} per year`);
  });

  test('nothing in the tax range meets the goal: null, and a sentence naming the range', () => {
    const unreachable = tempFile('unreachable-tax.json', { ...exampleJson(), target: 0.9 });
    expect(solveJson([unreachable, '--lever', 'taxRate'])).toEqual({ lever: 'taxRate', goal: 'target', value: null });
    const sv = cli(['solve', unreachable, '--lever', 'taxRate', '--goal', 'both']);
    expect(sv.code).toBe(0);
    expect(joined(sv.stdout)).toContain('Ingen ändring av skattesatsen mellan -5,00 kr och 5,00 kr varje planår når resultatmålet och balanskravet.');
    const en = cli(['solve', unreachable, '--lever', 'taxRate', '--lang', 'en']);
    expect(joined(en.stdout)).toContain('No change of the tax rate between -5.00 kr and 5.00 kr in every plan year meets the surplus target.');
  });

  test.each([
    [['--lever', 'grants'], /--lever must be efficiency or taxRate, not "grants"/],
    [['--lever', 'taxrate'], /--lever must be efficiency or taxRate, not "taxrate"/],
    [['--goal', 'surplus'], /--goal must be target, balance or both, not "surplus"/],
    [['--goal'], /--goal needs a value/],
    [['--lever', 'taxRate', '--lever', 'efficiency'], /--lever given twice/],
  ])('usage error for %j: exit 2, nothing on stdout', (args, message) => {
    const r = cli(['solve', EXAMPLE_FILE, ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toContain('budgetsim solve --help');
  });

  test('a bad --lever is reported before the model file is read', () => {
    const r = cli(['solve', 'no-such-file.json', '--lever', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lever');
  });

  test('--help names the levers and goals', () => {
    const r = cli(['solve', '--help']);
    expect(r.stdout).toContain('--lever efficiency|taxRate');
    expect(r.stdout).toContain('--goal target|balance|both');
  });
});
