/** What a model file is, told by its bytes, and text made safe for a terminal. */
import fc from 'fast-check';
import { firstInvalidUtf8, utf8Error } from '../../src/cli/file-kind';
import { visible } from '../../src/cli/visible';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('UTF-8', () => {
  test('valid exactly when a strict decoder accepts the bytes (property)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc0, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0x80, 0xbf));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 16 }), (list) => {
        const bytes = Uint8Array.from(list);
        expect(firstInvalidUtf8(bytes) === undefined).toBe(decodes(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  test('any text encoded as UTF-8 is valid (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(Buffer.from(s, 'utf8')) === undefined));
  });

  test('the offset is where the valid prefix ends (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(0xe4, 0xf6, 0xff, 0xc0), (s, bad) => {
        const prefix = Buffer.from(s, 'utf8');
        const bytes = Buffer.concat([prefix, Buffer.from([bad, 0x41])]);
        expect(firstInvalidUtf8(bytes)).toBe(prefix.length);
      }),
    );
  });

  test('a Latin-1 "nämnden" on line 2: byte 0xE4 at offset 4', () => {
    // "{\n" is 2 bytes, then "\"n" 2 more: the ä is byte 4 (0-based: 2 + 2), on line 2.
    expect(utf8Error(Buffer.from('{\n"nämnden"', 'latin1'))).toEqual({ offset: 4, line: 2, byte: 0xe4 });
  });

  test('overlong forms and encoded surrogates are refused', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // U+D800
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });
});

describe('text for a terminal', () => {
  test('escape, C1, bidi override and lone surrogate become visible escapes; line breaks, tabs and letters stay', () => {
    expect(visible('a\u001b[2Jb\u009b\u202e\ud800\tå\n🏫')).toBe('a\\u001b[2Jb\\u009b\\u202e\\ud800\tå\n🏫');
  });

  test('JSON output still parses to the same value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(visible(JSON.stringify(value)))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
    const hostile = { name: '\u009b2J\u202e\\\u0085x' };
    expect(JSON.parse(visible(JSON.stringify(hostile)))).toEqual(hostile);
  });
});
