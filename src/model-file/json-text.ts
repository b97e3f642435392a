/**
 * A model file's JSON text checked before JSON.parse reads it: every syntax error gets a line and
 * column and a sentence saying what is wrong (Node's own messages give neither for a comment or NaN),
 * and a key that appears twice in one object, which JSON.parse silently lets the last one win, is
 * found with its path. Strict RFC 8259 JSON, as JSON.parse reads it.
 */
import { Finding } from './findings';
import { Segment } from './paths';

export interface JsonSyntaxError {
  /** 0-based offset in the text (UTF-16 code units). */
  offset: number;
  /** 1-based line and column of the offset. */
  line: number;
  column: number;
  /** What is wrong, as a sentence without the place. */
  message: string;
}

export type JsonText = { ok: true; value: unknown; duplicates: Finding[] } | { ok: false; error: JsonSyntaxError };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Deeper nesting than any model file needs; it would only exhaust the stack. */
const MAX_DEPTH = 256;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** 1-based line and column of an offset. */
export function linePlace(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function shown(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(ch);
}

class Scanner {
  private i = 0;
  /** The path of the value being read; copied only when a duplicate is found. */
  private readonly path: Segment[] = [];
  readonly duplicates: { segments: Segment[]; key: string; first: number; at: number }[] = [];

  constructor(private readonly text: string) {}

  run(): void {
    this.space();
    if (this.i >= this.text.length) throw new Stop(this.i, 'the file is empty; a model file is one JSON object');
    this.value(0);
    this.space();
    if (this.i < this.text.length) throw new Stop(this.i, `${this.unexpected()} after the end of the JSON value; a model file is one object`);
  }

  private space(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  /** What stands at the current place, for a message. */
  private unexpected(): string {
    const t = this.text;
    const rest = t.slice(this.i);
    if (rest.startsWith('//') || rest.startsWith('/*')) return 'a comment (comments are not allowed in JSON)';
    const word = /^-?(NaN|Infinity|undefined)\b/.exec(rest);
    if (word) return `${word[0]} (not a JSON value: write a number, or leave the key out)`;
    if (t[this.i] === "'") return "a single quote (JSON text goes in double quotes)";
    const ch = String.fromCodePoint(t.codePointAt(this.i)!);
    return `unexpected ${shown(ch)}`;
  }

  private fail(expected: string): never {
    if (this.i >= this.text.length) throw new Stop(this.i, `the text ends too early: ${expected} is missing`);
    throw new Stop(this.i, `${this.unexpected()} where ${expected} belongs`);
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Stop(this.i, `the JSON is nested more than ${MAX_DEPTH} levels deep`);
    const c = this.text[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return void this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail('a value');
  }

  private object(depth: number): void {
    this.i++;
    const seen = new Map<string, number>();
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') {
        if (this.text[this.i] === '}') throw new Stop(this.i, 'a comma before "}": remove the last comma');
        this.fail('a key in double quotes');
      }
      const at = this.i;
      const key = this.string();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, at);
      else this.duplicates.push({ segments: [...this.path, key], key, first, at });
      this.space();
      if (this.text[this.i] !== ':') this.fail(`":" after the key ${JSON.stringify(key)}`);
      this.i++;
      this.space();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
      this.space();
      const next = this.text[this.i];
      if (next === '}') {
        this.i++;
        return;
      }
      if (next !== ',') this.fail('"," or "}"');
      this.i++;
    }
  }

  private array(depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let n = 0; ; n++) {
      this.space();
      if (this.text[this.i] === ']') throw new Stop(this.i, 'a comma before "]": remove the last comma');
      this.path.push(n);
      this.value(depth + 1);
      this.path.pop();
      this.space();
      const next = this.text[this.i];
      if (next === ']') {
        this.i++;
        return;
      }
      if (next !== ',') this.fail('"," or "]"');
      this.i++;
    }
  }

  /** A string token; returns its value. */
  private string(): string {
    const t = this.text;
    const start = this.i;
    this.i++;
    for (;;) {
      if (this.i >= t.length) throw new Stop(start, 'the text ends inside a string that starts here (its closing quote is missing)');
      const c = t.charCodeAt(this.i);
      if (c === 0x22) break;
      if (c < 0x20) {
        throw new Stop(this.i, `${shown(t[this.i])} inside a string; write it as an escape (\\n for a line break, \\t for a tab)`);
      }
      if (c === 0x5c) {
        const e = t[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) throw new Stop(this.i, 'a \\u escape needs four hexadecimal digits');
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Stop(this.i, `the escape \\${e ?? ''} does not exist in JSON`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
    this.i++;
    const raw = t.slice(start, this.i);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail('a number');
    const next = this.text[this.i + m[0].length];
    if (next !== undefined && /[0-9A-Za-z.]/.test(next)) {
      throw new Stop(this.i, `the number ${JSON.stringify(this.text.slice(this.i, this.i + m[0].length + 1))}… is not written as JSON writes numbers`);
    }
    this.i += m[0].length;
  }
}

/** Reads a model file's text: its value and its duplicated keys, or the first syntax error with its place. */
export function readJsonText(text: string): JsonText {
  const scanner = new Scanner(text);
  try {
    scanner.run();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ok: false, error: { offset: err.offset, ...linePlace(text, err.offset), message: err.reason } };
  }
  const duplicates = scanner.duplicates.map((d): Finding => {
    const first = linePlace(text, d.first).line;
    const again = linePlace(text, d.at).line;
    const lines = first === again ? { en: `line ${first}`, sv: `rad ${first}` } : { en: `lines ${first} and ${again}`, sv: `rad ${first} och ${again}` };
    const key = JSON.stringify(d.key);
    return {
      segments: d.segments,
      code: 'duplicate',
      message: `the key ${key} appears twice in the same object (${lines.en}); only one value can count, remove the other`,
      sv: `nyckeln ${key} förekommer två gånger i samma objekt (${lines.sv}); bara ett av värdena kan gälla, ta bort det andra`,
    };
  });
  return { ok: true, value: JSON.parse(text), duplicates };
}
