/** zod's own issues (a missing or mistyped object or list) as findings; leaves report their own. */
import { z } from 'zod';
import { describeValue } from './describe';
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

const EXPECTED: Record<string, string> = { object: 'an object', array: 'a list' };

export function fromZodIssue(issue: z.core.$ZodIssue): Finding {
  const segments = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    return { segments, code: issue.params.code as ProblemCode, message: issue.message };
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined || issue.input === null) {
      return { segments, code: 'required', message: `${place(segments)} is required` };
    }
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return { segments, code: 'type', message: `${place(segments)} must be ${expected}, got ${describeValue(issue.input)}` };
  }
  return { segments, code: 'invalid', message: issue.message };
}
