/** Checks that a problem says its sentence in Swedish too, with the facts of the English one. */
import { Problem } from '../../src/model-file';
import { swedishNumber } from '../../src/model-file/describe';

const QUOTED = /"(?:[^"\\]|\\.)*"/g;
const JSON_PATH = /\$[^\s,;)]*/g;
const NUMBER = /-?\d+(?:\.\d+)?/g;
const ENGLISH = /(?<!\p{L})(must|got|is|are|not|required|unknown|nothing)(?!\p{L})/iu;

/** The problem's Swedish sentence; fails the test when it has none. */
export function sv(p: Problem): string {
  const sentence = p.messages?.sv;
  if (typeof sentence !== 'string') throw new Error(`no Swedish sentence for ${p.path}: ${p.message}`);
  return sentence;
}

/**
 * What is wrong with the problem's Swedish sentence: missing, empty, English, or leaving out a value
 * the English sentence quotes or a number it names (written the Swedish way: "1,2", "10 400").
 */
export function swedishShortcomings(p: Problem): string[] {
  const sentence = p.messages?.sv;
  if (typeof sentence !== 'string' || sentence.trim() === '') return [`no Swedish sentence for "${p.message}"`];
  const out: string[] = [];
  const quoted = p.message.match(QUOTED) ?? [];
  for (const q of quoted) if (!sentence.includes(q)) out.push(`${q} is not quoted in "${sentence}"`);
  const unquoted = (text: string) => text.replace(QUOTED, ' ').replace(JSON_PATH, ' ');
  for (const n of unquoted(p.message).match(NUMBER) ?? []) {
    const swedish = swedishNumber(Number(n));
    if (!sentence.includes(swedish)) out.push(`${n} (${swedish}) is missing from "${sentence}"`);
  }
  const english = ENGLISH.exec(unquoted(sentence));
  if (english) out.push(`"${english[0]}" is English, in "${sentence}"`);
  if (/undefined|NaN/.test(sentence) && !/undefined|NaN/.test(p.message)) out.push(`"${sentence}" says undefined or NaN`);
  return out;
}

/** Fails the test, naming each problem, unless every problem has a full Swedish sentence. */
export function expectSwedish(problems: readonly Problem[]): void {
  expect(problems.flatMap((p) => swedishShortcomings(p).map((s) => `${p.path} ${p.code}: ${s}`))).toEqual([]);
}
