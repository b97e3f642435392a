/**
 * Text written into the file and read back exactly: control characters, NUL, CR, DEL, a lone
 * surrogate, an underscore escape look-alike, spaces and tabs at either end. OOXML writes what XML
 * cannot carry as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19) and keeps edge spaces with xml:space.
 */
import fc from 'fast-check';
import { Model } from '../../src/engine/types';
import { xString } from '../../src/renderers/xlsx/cell-xml';
import { decodeXString } from '../../src/renderers/xlsx/read-workbook';
import { readModelFromXlsx, writeXlsxBuffer } from '../../src/renderers/xlsx';
import { describeWorkbook } from '../../src/workbook/layout';
// The version 1 example: these variants are crafted from its parts.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { part, partsOf } from './parts';

const NAMES = [
  '\tKommunstyrelsen ',
  '  Barn\u0000och\u0001utbildning\u001f',
  'Rad ett\r\nrad två\rslut\n',
  'Del\u007f och \ufffe\uffff',
  'Ensam \ud800 hög, \udc00 låg, par 😀',
  '_x0041_ är inte A, _x005F_ inte _',
];

function withNames(names: string[]): Model {
  const model = exampleModel();
  return { ...model, name: names[0], committees: model.committees.map((c, i) => (i < names.length ? { ...c, name: names[i] } : c)) };
}

describe('text round trip through the file', () => {
  it('names with control characters, a lone surrogate and edge spaces read back exactly', async () => {
    const model = withNames(NAMES);
    const file = await writeXlsxBuffer(describeWorkbook(model));
    const sst = part(partsOf(file), 'xl/sharedStrings.xml');
    // What the file holds: escapes for what XML cannot carry, xml:space for edge spaces.
    expect(sst).toContain('<t xml:space="preserve">\tKommunstyrelsen </t>');
    expect(sst).toContain('Barn_x0000_och_x0001_utbildning_x001F_');
    expect(sst).toContain('Rad ett_x000D_\nrad två_x000D_slut\n');
    expect(sst).toContain('Ensam _xD800_ hög, _xDC00_ låg, par 😀');
    expect(sst).toContain('_x005F_x0041_ är inte A, _x005F_x005F_ inte _');
    // Read back, the names are seen exactly as written, and a model refuses control characters and
    // lone surrogates in names, each at its cell; the accepted ones are read back exactly.
    const read = await readModelFromXlsx(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.every((p) => p.code === 'invalid' && p.location !== undefined)).toBe(true);
    expect(read.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.name', '$.committees[1].name', '$.committees[4].name']));
    expect(read.problems.map((p) => p.path)).not.toContain('$.committees[5].name');
  });

  it('names with spaces at either end, escape look-alikes and emoji read back exactly', async () => {
    const model = withNames(['  Kommunstyrelsen ', ' Barn och utbildning', '_x0041_ är inte A, _x005F_ inte _', 'Par 😀 och ö ']);
    expect(await readModelFromXlsx(await writeXlsxBuffer(describeWorkbook(model)))).toEqual({ ok: true, model });
  });

  it('any string survives xString and decodeXString', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const x = xString(s);
        expect(x).not.toMatch(/[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/);
        expect(decodeXString(x)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
