/** The JSON text check: exactly as strict as JSON.parse, with a place and a sentence for each error. */
import fc from 'fast-check';
import { linePlace, readJsonText } from '../../src/model-file/json-text';
import { parseModelText } from '../../src/model-file';
import { validFile } from './fixture';

function accepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('agrees with JSON.parse', () => {
  test('on any JSON value as JSON.stringify writes it, indented or not (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const read = readJsonText(text);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  test('on any text, valid or not: accepted exactly when JSON.parse accepts it (property)', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ':', ',', '"a"', '"\\u00e4"', '"\\x"', '1', '-0.5e3', '01', 'true', 'nul', 'NaN', ' ', '\n', '//', "'b'", '"\u0001"', '1.', '.5');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(readJsonText(text).ok).toBe(accepts(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('places', () => {
  test('line and column are 1-based, the column counted from the line start', () => {
    // "ab\ncd": offset 4 is "d", on line 2 as its second character.
    expect(linePlace('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(linePlace('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
  });

  test.each([
    ['{"a": 1,}', 8, 'a comma before "}": remove the last comma'],
    ['[1, 2,]', 6, 'a comma before "]": remove the last comma'],
    ["{'a': 1}", 1, "a single quote (JSON text goes in double quotes) where a key in double quotes belongs"],
    ['{"a": -Infinity}', 6, '-Infinity (not a JSON value: write a number, or leave the key out) where a number belongs'],
    ['{"a": 1} x', 9, 'unexpected "x" after the end of the JSON value; a model file is one object'],
    ['{"a": "x\ty"}', 8, 'the control character U+0009 inside a string; write it as an escape (\\n for a line break, \\t for a tab)'],
    ['{"a": 1 /* note */}', 8, 'a comment (comments are not allowed in JSON) where "," or "}" belongs'],
    ['{"a": 1', 7, 'the text ends too early: "," or "}" is missing'],
    ['', 0, 'the file is empty; a model file is one JSON object'],
  ])('%p: offset %p', (text, offset, message) => {
    const read = readJsonText(text);
    expect(read.ok ? undefined : [read.error.offset, read.error.message]).toEqual([offset, message]);
  });

  test('deep nesting is refused with a sentence, not a stack overflow', () => {
    const read = readJsonText('['.repeat(100_000));
    expect(read.ok ? '' : read.error.message).toBe('the JSON is nested more than 256 levels deep');
  });
});

describe('a key given twice', () => {
  test('each repetition is a problem at its path, reported with the other problems', () => {
    const text = JSON.stringify(validFile(), null, 2)
      .replace('"taxRate": 21,', '"taxRate": 21,\n  "taxRate": 22,')
      .replace('"labourShare": 0.6', '"labourShare": 0.6, "labourShare": 1.6');
    const read = parseModelText(text);
    if ('syntax' in read || read.result.ok) throw new Error('expected refusal');
    const problems = read.result.problems.map((p) => [p.path, p.code]);
    expect(problems).toContainEqual(['$.taxRate', 'duplicate']);
    expect(problems).toContainEqual(['$.committees[0].labourShare', 'duplicate']);
    // The value JSON.parse keeps (the last) is judged too: 1.6 is outside [0, 1].
    expect(problems).toContainEqual(['$.committees[0].labourShare', 'range']);
  });
});
