import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { allScenarios, analyseRisk, runModel } from '../../src/engine';
import { progressBar } from '../../src/cli/progress';
import { assertBuilt, BIN, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

type Json = Record<string, any>;
type Lang = 'sv' | 'en';

/** "2,4 %" (sv) or "2.4%" (en): one decimal, as the other reports show a share. */
function share(v: number, lang: Lang): string {
  const n = Math.abs(v * 100).toFixed(1);
  const signed = (v < 0 && Number(n) !== 0 ? '-' : '') + (lang === 'sv' ? n.replace('.', ',') : n);
  return lang === 'sv' ? `${signed} %` : `${signed}%`;
}

/** "77 %": whole percent, but "> 99 %" and "< 1 %" for what is neither certain nor impossible. */
function probability(p: number, lang: Lang): string {
  const pc = (n: number) => (lang === 'sv' ? `${n} %` : `${n}%`);
  const gap = lang === 'sv' ? ' ' : '';
  if (p > 0 && Math.round(p * 100) === 0) return `<${gap}${pc(1)}`;
  if (p < 1 && Math.round(p * 100) === 100) return `>${gap}${pc(99)}`;
  return pc(Math.round(p * 100));
}

/** The cells of the first line starting with `label` after `from`, the label left out and any "*" mark dropped. */
function cells(stdout: string, label: string, from = 0): string[] {
  const found = stdout
    .slice(from)
    .split('\n')
    .find((l) => l.startsWith(label + '  '));
  if (!found) throw new Error(`no line starting with "${label}" in:\n${stdout}`);
  return found
    .slice(label.length)
    .trim()
    .split(/\s{2,}/)
    .map((c) => c.replace(/\*$/, '').trim());
}

/** A scenario's part of the report: from its title line to the next scenario's (or the comparison). */
function part(stdout: string, title: string): string {
  const lines = stdout.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) throw new Error(`no title "${title}" in:\n${stdout}`);
  return lines.slice(start).join('\n');
}

const RUNS = 300;
const SEED = 5;

describe('budgetsim risk report', () => {
  const model = exampleModel();
  const risk = analyseRisk(model, { runs: RUNS, seed: SEED });
  const run = runModel(model);

  describe.each([
    ['sv', [], { title: 'Bas', p5: 'Rullande %, P5', p50: 'Rullande %, P50', p95: 'Rullande %, P95', target: 'P(mål nått)', balance: 'P(balanskrav)' }],
    ['en', ['--lang', 'en'], { title: 'Base', p5: 'Rolling %, P5', p50: 'Rolling %, P50', p95: 'Rolling %, P95', target: 'P(target met)', balance: 'P(balance met)' }],
  ] as const)('in %s', (lang, flags, L) => {
    let r: ReturnType<typeof cli>;
    beforeAll(() => {
      r = cli(['risk', EXAMPLE_FILE, '--runs', String(RUNS), '--seed', String(SEED), ...flags]);
    });

    test('exits 0 with nothing on stderr (no terminal, so no progress bar)', () => {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    });

    test('the band and the probabilities per year are the engine\'s, formatted as the other reports', () => {
      risk.scenarios.forEach((s, k) => {
        const title = k === 0 ? L.title : s.name;
        const text = part(r.stdout, title);
        expect(cells(text, L.p5)).toEqual(s.rollingShare.p5.map((v) => share(v, lang)));
        expect(cells(text, L.p50)).toEqual(s.rollingShare.p50.map((v) => share(v, lang)));
        expect(cells(text, L.p95)).toEqual(s.rollingShare.p95.map((v) => share(v, lang)));
        expect(cells(text, L.target)).toEqual(s.pTargetMet.map((p) => probability(p, lang)));
        expect(cells(text, L.balance)).toEqual(s.pBalanceMet.map((p) => probability(p, lang)));
      });
    });

    test('marks the years without a complete window, as the run report does', () => {
      // Window 3 back, 3 forward (the year and two after): 2029 needs 2031, which is after the plan.
      const complete = run.scenarios[0].rollingComplete;
      expect(complete).toEqual([true, true, false, false]);
      const line = part(r.stdout, L.title)
        .split('\n')
        .find((l) => l.startsWith(L.p50))!;
      const marks = line.slice(L.p50.length).match(/%\*?/g)!.map((m) => m.endsWith('*'));
      expect(marks).toEqual(complete.map((c) => !c));
      expect(r.stdout).toContain(lang === 'sv' ? '* Ofullständigt fönster' : '* Incomplete window');
    });

    test('says the probabilities over the whole plan in words', () => {
      for (const s of risk.scenarios) {
        const target = probability(s.pTargetMetAll, lang);
        const balance = probability(s.pBalanceMetAll, lang);
        if (lang === 'sv') {
          expect(r.stdout).toContain(`Målet nås alla år med fullständigt fönster i ${target} av utfallen.`);
          expect(r.stdout).toContain(`Balanskravet uppfylls alla år i ${balance} av utfallen.`);
        } else {
          expect(r.stdout).toContain(`The target is met in every year with a complete window in ${target} of the outcomes.`);
          expect(r.stdout).toContain(`The balance requirement is met in every year in ${balance} of the outcomes.`);
        }
      }
    });

    test('the header states the runs, the seed and that the figures are a simulation', () => {
      const head = r.stdout.split('\n\n').slice(0, 2).join('\n');
      if (lang === 'sv') {
        expect(head).toContain(`Riskanalys: ${RUNS} simulerade utfall, frö ${SEED}.`);
        expect(head).toContain('är en simulering');
        expect(head).toContain('skatteunderlagets ökning 1,0 % (0,5)');
      } else {
        expect(head).toContain(`Risk analysis: ${RUNS} simulated outcomes, seed ${SEED}.`);
        expect(head).toContain('are a simulation');
        expect(head).toContain('tax base growth 1.0% (0.5)');
      }
    });

    test('the tornado: inputs in words, in the engine\'s order, low, high and swing in percentage points', () => {
      const names: Record<Lang, Record<string, string>> = {
        sv: {
          taxBaseGrowth: 'Skatteunderlagets ökning',
          wageIndex: 'Löneökning',
          priceIndex: 'Prisökning',
          grants: 'Generella statsbidrag och utjämning',
          interestRate: 'Räntesats på nettoskulden',
          deviation: 'Nämndernas budgetavvikelse',
        },
        en: {
          taxBaseGrowth: 'Tax base growth',
          wageIndex: 'Wage increase',
          priceIndex: 'Price increase',
          grants: 'General grants and equalisation',
          interestRate: 'Interest rate on net debt',
          deviation: "Committees' budget deviation",
        },
      };
      const s = risk.scenarios[0];
      const text = part(r.stdout, L.title);
      const title = lang === 'sv' ? 'Tornado: rullande resultat % 2028 ' : 'Tornado: rolling result % 2028 ';
      expect(s.tornadoYear).toBe(2028);
      const at = text.indexOf(title);
      expect(at).toBeGreaterThan(0);
      const after = text.slice(at).split('\n');
      const header = after.findIndex((l) => l.startsWith(lang === 'sv' ? 'Osäker indata  ' : 'Uncertain input  '));
      expect(header).toBeGreaterThan(0);
      const tableLines = after.slice(header + 2, header + 2 + s.tornado.length);
      expect(tableLines.map((l) => l.split(/\s{2,}/)[0])).toEqual(s.tornado.map((b) => names[lang][b.input]));
      s.tornado.forEach((b, i) => {
        const swing = (Math.abs(b.high - b.low) * 100).toFixed(1);
        expect(tableLines[i].split(/\s{2,}/).slice(1)).toEqual([share(b.low, lang), share(b.high, lang), lang === 'sv' ? swing.replace('.', ',') : swing]);
      });
    });

    test('compares the scenarios', () => {
      const at = r.stdout.indexOf(lang === 'sv' ? 'Jämförelse av scenarierna' : 'Scenarios compared');
      expect(at).toBeGreaterThan(0);
      risk.scenarios.forEach((s, k) => {
        expect(cells(r.stdout, k === 0 ? L.title : s.name, at)).toEqual([probability(s.pTargetMetAll, lang), probability(s.pBalanceMetAll, lang)]);
      });
    });
  });

  test('--scenario shows only the named scenario, and no comparison', () => {
    const r = cli(['risk', EXAMPLE_FILE, '--runs', '40', '--scenario', 'Full kompensation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Full kompensation$/m);
    for (const s of allScenarios(model).filter((x) => x.name !== 'Full kompensation')) {
      expect(r.stdout).not.toMatch(new RegExp(`^${s.name === 'Base' ? 'Bas' : s.name}$`, 'm'));
    }
    expect(r.stdout).not.toContain('Jämförelse');
  });

  test('the same seed prints the same report, another seed another', () => {
    const a = cli(['risk', EXAMPLE_FILE, '--runs', '50', '--seed', '11']);
    expect(cli(['risk', EXAMPLE_FILE, '--runs', '50', '--seed', '11']).stdout).toBe(a.stdout);
    expect(cli(['risk', EXAMPLE_FILE, '--runs', '50', '--seed', '12']).stdout).not.toBe(a.stdout);
  });

  test('a model without a complete window says the target is judged in every plan year', () => {
    const m = exampleJson() as Json;
    m.windowForward = 10;
    const r = cli(['risk', tempFile('open.json', m), '--runs', '30', '--scenario', 'Bas']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Målet nås alla planår i ');
    expect(r.stdout).toContain('(inget planår har fullständigt fönster)');
    // The tornado falls back to the last plan year, marked as incomplete.
    expect(r.stdout).toContain('Tornado: rullande resultat % 2030* ');
  });
});

describe('budgetsim risk refusals', () => {
  const known = allScenarios(exampleModel()).map((s) => s.name);

  test.each([
    ['--runs 0', ['--runs', '0'], '--runs must be a whole number from 1 to 100000, not "0"'],
    ['--runs above the limit', ['--runs', '100001'], '--runs must be a whole number from 1 to 100000, not "100001"'],
    ['--runs not whole', ['--runs', '1.5'], 'not "1.5"'],
    ['--runs in exponent form', ['--runs', '2e3'], 'not "2e3"'],
    ['--runs negative', ['--runs=-5'], 'not "-5"'],
    ['--runs text', ['--runs', 'many'], 'not "many"'],
    ['--seed negative', ['--seed=-1'], '--seed must be a whole number from 0 to 4294967295 (2^32 - 1), not "-1"'],
    ['--seed 2^32', ['--seed', '4294967296'], 'not "4294967296"'],
    ['--seed not whole', ['--seed', '0.5'], 'not "0.5"'],
    ['--runs without a value', ['--runs'], 'option --runs needs a value (N)'],
  ])('%s is a usage error (exit 2), nothing on stdout', (_, args, message) => {
    const r = cli(['risk', EXAMPLE_FILE, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('budgetsim risk --help');
  });

  test('an unknown --scenario is a usage error that lists the known ones', () => {
    const r = cli(['risk', EXAMPLE_FILE, '--scenario', 'Nollbudget']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown scenario "Nollbudget"');
    for (const name of known) expect(r.stderr).toContain(`"${name}"`);
  });

  test('every mistake at once: runs, seed, language and each unknown scenario, one line each', () => {
    const r = cli(['risk', EXAMPLE_FILE, '--runs', '0', '--seed', 'x', '--lang', 'de', '--scenario', 'A', '--scenario', 'B']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('budgetsim: '))).toHaveLength(5);
    for (const text of ['--runs must', '--seed must', '--lang must', 'unknown scenario "A"', 'unknown scenario "B"']) {
      expect(r.stderr).toContain(text);
    }
  });

  test('a model without an uncertainty block is refused (exit 1) saying what to add, at uncertainty.inputs', () => {
    const m = exampleJson() as Json;
    delete m.uncertainty;
    const file = tempFile('certain.json', m);
    const sv = cli(['risk', file]);
    expect(sv.code).toBe(1);
    expect(sv.stdout).toBe('');
    expect(sv.stderr).toContain('godtogs inte (1 problem)');
    expect(sv.stderr).toContain('$.uncertainty.inputs: riskanalysen behöver veta vad som är osäkert');
    expect(sv.stderr).toContain('"uncertainty": {"inputs": [{"input": "taxBaseGrowth", "sd": 0.01, "persistence": 0.5}]}');
    const en = cli(['risk', file, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('$.uncertainty.inputs: the risk analysis needs to know what is uncertain');
    // The same model is fine for the other commands.
    expect(cli(['validate', file]).code).toBe(0);
  });

  test('an uncertainty block with no input is refused too', () => {
    const m = exampleJson() as Json;
    m.uncertainty = { inputs: [] };
    const r = cli(['risk', tempFile('empty.json', m), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$.uncertainty.inputs: the risk analysis needs at least one uncertain input');
  });

  test('a command-line mistake and a model without uncertainty are reported together; the usage error sets the exit code', () => {
    const m = exampleJson() as Json;
    delete m.uncertainty;
    const r = cli(['risk', tempFile('certain2.json', m), '--runs', '0', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--runs must be a whole number');
    expect(r.stderr).toContain('$.uncertainty.inputs');
  });

  test('a refused model file is reported as run reports it, every problem at once', () => {
    const m = exampleJson() as Json;
    m.committees[0].labourShare = 1.5;
    m.uncertainty.inputs[0].sd = -0.01;
    m.uncertainty.inputs.push({ input: 'taxBaseGrowth', sd: 0.01 });
    const file = tempFile('bad.json', m);
    const risk = cli(['risk', file]);
    const run = cli(['run', file]);
    expect(risk.code).toBe(1);
    expect(risk.stdout).toBe('');
    expect(risk.stderr).toBe(run.stderr);
    expect(risk.stderr).toContain('$.committees[0].labourShare');
    expect(risk.stderr).toContain('$.uncertainty.inputs[0].sd');
    expect(risk.stderr).toContain('$.uncertainty.inputs[6].input');
  });

  test('a bad option and a refused model file: both reported, exit 2', () => {
    const m = exampleJson() as Json;
    m.committees[0].labourShare = 1.5;
    const r = cli(['risk', tempFile('bad2.json', m), '--seed', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--seed must be');
    expect(r.stderr).toContain('$.committees[0].labourShare');
  });

  test('a missing model file is reported as run reports it', () => {
    const r = cli(['risk', 'no-such-model.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(cli(['run', 'no-such-model.json']).stderr);
  });
});

describe('no escape sequence from user text reaches the terminal', () => {
  const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  test('a scenario name with a bidirectional override is shown escaped in the report', () => {
    const m = exampleJson() as Json;
    m.scenarios[0].name = 'Ny \u202eplan';
    const r = cli(['risk', tempFile('bidi.json', m), '--runs', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/^Ny \\u202eplan$/m);
  });

  test('an escape sequence given as --scenario is shown escaped in the usage error', () => {
    const r = cli(['risk', EXAMPLE_FILE, '--scenario', '\u001b[2J\u001b]0;owned\u0007']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('"\\u001b[2J\\u001b]0;owned\\u0007"');
  });

  test('an escape sequence given as --runs is shown escaped', () => {
    const r = cli(['risk', EXAMPLE_FILE, '--runs', '\u001b[31m9']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('not "\\u001b[31m9"');
  });
});

describe('the progress bar', () => {
  /** A clock the test moves by hand, and the text written to the "terminal". */
  function fake() {
    let t = 1_000;
    const written: string[] = [];
    return { now: () => t, advance: (ms: number) => (t += ms), write: (s: string) => void written.push(s), written };
  }

  test('writes nothing during the first second', () => {
    const f = fake();
    const bar = progressBar('Riskanalys', f.write, f.now, 1000);
    f.advance(1000);
    bar.update(500, 1000);
    bar.finish();
    expect(f.written).toEqual([]);
  });

  test('after a second: the bar redrawn in place with a carriage return, then cleared', () => {
    const f = fake();
    const bar = progressBar('Riskanalys', f.write, f.now, 1000);
    bar.update(100, 1000);
    f.advance(1001);
    bar.update(330, 1000);
    bar.update(331, 1000); // still 33 %: not redrawn
    bar.update(1000, 1000);
    bar.finish();
    // 33 % of 30 cells is 9.9, drawn as 10.
    const first = `\rRiskanalys [${'#'.repeat(10)}${'-'.repeat(20)}]  33 %`;
    const last = `\rRiskanalys [${'#'.repeat(30)}] 100 %`;
    expect(f.written).toEqual([first, last, `\r${' '.repeat(last.length - 1)}\r`]);
    // Only the carriage return moves the cursor: no escape sequences.
    expect(f.written.join('')).not.toMatch(/[\u001b\u009b]/);
  });

  test('without a terminal there is nowhere to write, and nothing happens', () => {
    const f = fake();
    const bar = progressBar('Riskanalys', undefined, f.now, 0);
    f.advance(5000);
    bar.update(1, 2);
    bar.finish();
    expect(f.written).toEqual([]);
  });
});

/**
 * Python's pty.spawn runs a command with a new pseudo-terminal as its standard streams, as a user's
 * shell would, and copies what the command writes to it. Unlike util-linux script(1), it needs no
 * terminal of its own (script runs the command without one when its input is not a terminal, as
 * under CI). python3 is on every machine the tests run on: openpyxl's tests need it.
 */
const PTY_SPAWN = 'import pty, sys\nstatus = pty.spawn(sys.argv[1:])\nsys.exit(status >> 8)';
const hasPython = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
const onTerminal = hasPython ? describe : describe.skip;

onTerminal('the progress bar on a real terminal (a pseudo-terminal from pty.spawn)', () => {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

  /** Runs budgetsim with standard error on a terminal and standard output in a file; returns both. */
  function onTty(args: string[]): { terminal: string; stdout: string } {
    const out = tempFile(`tty-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.json`, '');
    const command = [process.execPath, BIN, ...args].map(quote).join(' ') + ` > ${quote(out)}`;
    const r = spawnSync('python3', ['-c', PTY_SPAWN, '/bin/sh', '-c', command], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      input: '',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    // What the command wrote to the terminal: standard error only, standard output going to the file.
    return { terminal: r.stdout, stdout: readFileSync(out, 'utf8') };
  }

  test('a long run draws the bar on standard error, redrawn with carriage returns, and clears it; stdout stays clean JSON', () => {
    // 60 000 runs of the example's six scenarios take several seconds even on a fast machine (the
    // bench's 10 000 runs take 0.8-1.3 s), well past the bar's one-second delay.
    const { terminal, stdout } = onTty(['risk', EXAMPLE_FILE, '--runs', '60000', '--json']);
    expect(terminal).toMatch(/\rRiskanalys \[#+-*\] +\d+ %/);
    expect(terminal).toMatch(/\r {20,}\r$/);
    expect(terminal).not.toMatch(/\u001b/);
    expect(JSON.parse(stdout).runs).toBe(60000);
    expect(stdout).not.toContain('Riskanalys');
  });

  test('a short run shows no bar, even on a terminal', () => {
    const { terminal, stdout } = onTty(['risk', EXAMPLE_FILE, '--runs', '10', '--scenario', 'Bas', '--json']);
    expect(terminal).toBe('');
    expect(JSON.parse(stdout).runs).toBe(10);
  });
});
