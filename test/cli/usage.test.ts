import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, cli, EXAMPLE_FILE, ROOT } from './helpers';

beforeAll(assertBuilt);

const COMMANDS = ['run', 'solve', 'risk', 'validate', 'demo'];

describe('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
  test.each([
    ['no command', [], /Usage: budgetsim/],
    ['an unknown command', ['simulate', EXAMPLE_FILE], /unknown command "simulate"/],
    ['an unknown option', ['run', EXAMPLE_FILE, '--csv'], /unknown option --csv/],
    ['an unknown short option', ['run', EXAMPLE_FILE, '-x'], /unknown option -x/],
    ['an option before the command', ['--json', 'run', EXAMPLE_FILE], /unknown option --json/],
    ['run without a model file', ['run'], /missing MODEL/],
    ['solve without a model file', ['solve', '--json'], /missing MODEL/],
    ['validate without a model file', ['validate'], /missing MODEL/],
    ['two model files', ['run', EXAMPLE_FILE, EXAMPLE_FILE], /unexpected argument/],
    ['--scenario without a name', ['run', EXAMPLE_FILE, '--scenario'], /--scenario needs a value/],
    ['a value given to a flag', ['run', EXAMPLE_FILE, '--json=yes'], /--json takes no value/],
    ['an unknown language', ['run', EXAMPLE_FILE, '--lang', 'de'], /--lang must be sv or en/],
    ['help for an unknown command', ['help', 'plot'], /unknown command "plot"/],
  ])('%s', (_, args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
  });

  test('the message points to the help', () => {
    expect(cli(['run', EXAMPLE_FILE, '--csv']).stderr).toContain('budgetsim run --help');
  });

  test('a usage error is found before the model file is read', () => {
    const r = cli(['run', 'no-such-file.json', '--lang', 'fi']);
    expect(r.code).toBe(2);
  });
});

describe('help and version', () => {
  test.each([['--help'], ['-h'], ['help']])('budgetsim %s lists every command, exit 0', (flag) => {
    const r = cli([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: budgetsim COMMAND');
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  test.each(COMMANDS)('budgetsim %s --help shows its usage and options, exit 0', (command) => {
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: budgetsim ${command}\\b`));
    expect(r.stdout).toContain('--help');
    expect(r.stdout).toContain('Exit codes');
    expect(cli([command, '-h']).stdout).toBe(r.stdout);
    expect(cli(['help', command]).stdout).toBe(r.stdout);
  });

  test('each command documents its options', () => {
    expect(cli(['run', '--help']).stdout).toMatch(/--json[\s\S]*--scenario NAME[\s\S]*--lang sv\|en/);
    expect(cli(['solve', '--help']).stdout).toMatch(/--json[\s\S]*--scenario NAME/);
    expect(cli(['demo', '--help']).stdout).toContain('--json');
  });

  test('--help wins over other arguments', () => {
    const r = cli(['run', 'no-such-file.json', '--csv', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: budgetsim run/);
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
