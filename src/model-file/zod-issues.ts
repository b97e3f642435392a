/** zod's own issues (a missing or mistyped object or list) as findings; leaves report their own. */
import { z } from 'zod';
import { describeValue, describeValueSv } from './describe';
import { Finding } from './findings';
import { Segment } from './paths';
import { ProblemCode } from './problems';

function place(segments: readonly Segment[]): string {
  const last = segments[segments.length - 1];
  if (last === undefined) return 'the model';
  if (typeof last === 'string') return last;
  const owner = segments[segments.length - 2];
  return typeof owner === 'string' ? `each entry of ${owner}` : 'each entry';
}

function placeSv(segments: readonly Segment[]): string {
  const last = segments[segments.length - 1];
  if (last === undefined) return 'modellen';
  if (typeof last === 'string') return last;
  const owner = segments[segments.length - 2];
  return typeof owner === 'string' ? `varje post i ${owner}` : 'varje post';
}

const EXPECTED: Record<string, string> = { object: 'an object', array: 'a list' };
const EXPECTED_SV: Record<string, string> = { object: 'ett objekt', array: 'en lista' };

export function fromZodIssue(issue: z.core.$ZodIssue): Finding {
  const segments = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    const sv = typeof issue.params.sv === 'string' ? issue.params.sv : `ogiltigt värde (${issue.message})`;
    return { segments, code: issue.params.code as ProblemCode, message: issue.message, sv };
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) {
      return { segments, code: 'required', message: `${place(segments)} is required`, sv: `${placeSv(segments)} måste anges` };
    }
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    const expectedSv = EXPECTED_SV[issue.expected] ?? issue.expected;
    return {
      segments,
      code: 'type',
      message: `${place(segments)} must be ${expected}, got ${describeValue(issue.input)}`,
      sv: `${placeSv(segments)} måste vara ${expectedSv}, men är ${describeValueSv(issue.input)}`,
    };
  }
  return { segments, code: 'invalid', message: issue.message, sv: `ogiltigt värde (${issue.message})` };
}
