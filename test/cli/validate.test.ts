import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

type Json = Record<string, unknown> & {
  committees: Record<string, unknown>[];
  years: Record<string, unknown>[];
  committeeYears: Record<string, unknown>[];
};

/** The example with four mistakes in four places. */
function refusedModel(): string {
  const m = exampleJson() as Json;
  m.committees[0].labourShare = 1.5;
  m.committees[2].id = m.committees[1].id;
  m.years[1].wageIndex = -2;
  m.committeeYears.push({ committee: 'XYZ', year: 2027, demography: 0.01 });
  return tempFile('refused.json', m);
}

describe('budgetsim validate', () => {
  test('a valid model: a one-line summary, exit 0', () => {
    const model = exampleModel();
    const r = cli(['validate', EXAMPLE_FILE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^OK/);
    expect(lines[0]).toContain(`${model.committees.length} nämnder`);
    expect(lines[0]).toContain(`${model.scenarios.length} scenarier`);
    expect(cli(['validate', EXAMPLE_FILE, '--lang', 'en']).stdout).toContain(`${model.committees.length} committees`);
  });

  test('a refused model: every problem on stderr with its JSON path, nothing on stdout, exit 1', () => {
    const file = refusedModel();
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('$.committees[0].labourShare');
    expect(r.stderr).toContain('$.committees[2].id');
    expect(r.stderr).toContain('$.years[1].wageIndex');
    expect(r.stderr).toMatch(/\$\.committeeYears\[\d+\]\.committee/);
  });

  test.each([['run'], ['solve']])('%s refuses the same model the same way', (command) => {
    const r = cli([command, refusedModel(), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('$.committees[0].labourShare');
  });

  test('a file that is not JSON: exit 1 naming the file and the place', () => {
    const file = tempFile('broken.json', '{\n  "schemaVersion": 1,\n  "name": "Trasig"\n  "unit": "mnkr"\n}\n');
    const r = cli(['run', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).toContain('line 4');
  });

  test('a file that does not exist: exit 1 naming it', () => {
    const r = cli(['validate', 'no/such/model.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such/model.json');
    expect(r.stderr).toContain('no such file');
  });

  test('a file called .xlsx that is not a workbook: exit 1 naming it', () => {
    const file = tempFile('model.xlsx', 'not really a workbook');
    const r = cli(['run', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('not a readable .xlsx workbook');
  });

  test('an old binary .xls workbook: exit 1, asking for .xlsx', () => {
    const file = tempFile('model.xls', 'old');
    const r = cli(['run', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('save it as .xlsx');
  });
});
