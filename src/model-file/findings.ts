/** Problems while they are being collected, and how they become the reported list. */
import { CellLocation, Problem, ProblemCode } from './problems';
import { comparePositions, documentPosition, formatPath, Segment } from './paths';

export interface Finding {
  segments: Segment[];
  code: ProblemCode;
  message: string;
  /** The message in Swedish. */
  sv: string;
}

export type Locate = (path: (string | number)[]) => CellLocation | undefined;

/** Each problem once, in document order, located in the workbook when `locate` is given. */
export function toProblems(input: unknown, findings: readonly Finding[], locate?: Locate): Problem[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${formatPath(f.segments)}\u0000${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ordered = unique
    .map((f) => ({ f, position: documentPosition(input, f.segments) }))
    .sort((a, b) => comparePositions(a.position, b.position))
    .map(({ f }) => f);
  return ordered.map((f) => {
    const problem: Problem = { path: formatPath(f.segments), code: f.code, message: f.message, messages: { sv: f.sv } };
    const location = locate?.([...f.segments]);
    if (location) problem.location = location;
    return problem;
  });
}
