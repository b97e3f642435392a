import { assertBuilt, cli, EXAMPLE_FILE, exampleJson, exampleModel, removeTempFiles, tempFile } from './helpers';

beforeAll(assertBuilt);
afterAll(removeTempFiles);

type Json = Record<string, unknown> & {
  committees: Record<string, unknown>[];
  years: Record<string, unknown>[];
  committeeYears: Record<string, unknown>[];
};

/** The example with four mistakes in four places; `edit` changes it further. */
function refusedModel(edit: (m: Json) => void = () => {}): string {
  const m = exampleJson() as Json;
  m.committees[0].labourShare = 1.5;
  m.committees[2].id = m.committees[1].id;
  m.years[1].wageIndex = -2;
  m.committeeYears.push({ committee: 'XYZ', year: 2027, demography: 0.01 });
  edit(m);
  return tempFile('refused.json', m);
}

const SWEDISH = [
  '  $.years[1].wageIndex: löneökningen måste vara större än -1 (-100 %), men är -2',
  '  $.committees[0].labourShare: personalkostnadsandelen måste vara mellan 0 och 1 (0 %–100 %), men är 1,5',
  '  $.committees[2].id: nämnd-id "BUN" förekommer mer än en gång (första gången vid $.committees[1].id)',
];
const ENGLISH = [
  '  $.years[1].wageIndex: wage index must be greater than -1 (-100 %), got -2',
  '  $.committees[0].labourShare: labour share must be between 0 and 1 (0 %–100 %), got 1.5',
  '  $.committees[2].id: committee id "BUN" appears more than once (first at $.committees[1].id)',
];

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

  test('a refused model is reported in Swedish, the language the file names', () => {
    const file = refusedModel();
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`budgetsim: modellen i ${file} godtogs inte (4 problem):`);
    expect(lines.slice(1, 4)).toEqual(SWEDISH);
    expect(lines.at(-1)).toBe('  $.committeeYears[6].committee: nämnden "XYZ" finns inte bland nämnderna (KS, BUN, SN, VON, KFN, SBN)');
    expect(r.stderr).not.toMatch(/must be|got|was refused/);
  });

  test('with --lang en it is reported in English', () => {
    const file = refusedModel();
    const r = cli(['validate', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`budgetsim: model file ${file} was refused (4 problems):`);
    expect(lines.slice(1, 4)).toEqual(ENGLISH);
    expect(lines.at(-1)).toBe('  $.committeeYears[6].committee: committee "XYZ" is not one of the committees (KS, BUN, SN, VON, KFN, SBN)');
  });

  test('a file that says "language": "en" is reported in English, unless --lang sv', () => {
    const file = refusedModel((m) => (m.language = 'en'));
    const r = cli(['validate', file]);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([`budgetsim: model file ${file} was refused (4 problems):`, ...ENGLISH]);
    expect(cli(['validate', file, '--lang', 'sv']).stderr.split('\n').slice(1, 4)).toEqual(SWEDISH);
  });

  test('a file without a language, or with one that is refused too, is reported in Swedish', () => {
    const without = refusedModel((m) => delete m.language);
    expect(cli(['validate', without]).stderr.split('\n').slice(1, 4)).toEqual(SWEDISH);
    const german = refusedModel((m) => (m.language = 'de'));
    const r = cli(['validate', german]);
    expect(r.stderr).toContain('  $.language: språket måste vara något av sv, en, men är "de"\n');
    expect(r.stderr.split('\n')[0]).toBe(`budgetsim: modellen i ${german} godtogs inte (5 problem):`);
  });

  test.each([['run'], ['solve']])('%s chooses the language the same way', (command) => {
    const file = refusedModel();
    expect(cli([command, file]).stderr.split('\n').slice(1, 4)).toEqual(SWEDISH);
    expect(cli([command, file, '--lang', 'en']).stderr.split('\n').slice(1, 4)).toEqual(ENGLISH);
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
