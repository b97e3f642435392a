/**
 * Checks across rows: unique ids and years, one row per plan year, references to committees and plan
 * years. They read the raw input defensively, so they run even where the structure was refused, and
 * skip whatever they cannot read (the structural check reports that).
 */
import { Finding } from './findings';
import { formatPath, Segment } from './paths';
import { describePlan, describePlanSv, Plan, planOf } from './plan';
import { member, nonEmptyText, rows } from './raw';
import { judgeText } from './fields';
import { RULES, validNumber } from './rules';
import { scenarioKey } from './schema';

type Out = Finding[];

const ID = { en: 'committee id', sv: 'nämndens id' };

const yearOf = (row: unknown) => validNumber(member(row, 'year'), RULES.year);

/** What a duplicate is, in English and in Swedish: "committee id "KS"", "nämnd-id "KS"". */
export interface What {
  en: string;
  sv: string;
}

/** Remembers the first place of each key; reports later ones as 'duplicate'. */
export function firstPlaces<K>() {
  const first = new Map<K, Segment[]>();
  return (key: K, at: Segment[], out: Out, what: What): void => {
    const earlier = first.get(key);
    if (earlier) {
      out.push({
        segments: at,
        code: 'duplicate',
        message: `${what.en} appears more than once (first at ${formatPath(earlier)})`,
        sv: `${what.sv} förekommer mer än en gång (första gången vid ${formatPath(earlier)})`,
      });
    } else {
      first.set(key, at);
    }
  };
}

const quoted = (text: string) => JSON.stringify(text);

function checkYearInPlan(year: number, at: Segment[], plan: Plan, out: Out): boolean {
  if (!plan.years || plan.years.includes(year)) return true;
  out.push({
    segments: at,
    code: 'year-outside-plan',
    message: `year ${year} is outside ${describePlan(plan.years)}`,
    sv: `året ${year} ligger utanför ${describePlanSv(plan.years)}`,
  });
  return false;
}

/**
 * The committee ids, or undefined when there are none or some id is unreadable: then a reference
 * cannot be judged (and the committees' own problem is reported).
 */
function checkCommittees(input: unknown, out: Out): Set<string> | undefined {
  const ids = new Set<string>();
  let readable = rows(member(input, 'committees')).length > 0;
  const once = firstPlaces<string>();
  rows(member(input, 'committees')).forEach((row, i) => {
    const id = nonEmptyText(member(row, 'id'));
    if (id === undefined || !judgeText(id, ID).ok) {
      readable = false;
      return;
    }
    once(id, ['committees', i, 'id'], out, { en: `committee id ${quoted(id)}`, sv: `nämnd-id ${quoted(id)}` });
    ids.add(id);
  });
  return readable ? ids : undefined;
}

function checkYears(input: unknown, plan: Plan, out: Out): void {
  const list = member(input, 'years');
  if (!Array.isArray(list)) return;
  const once = firstPlaces<number>();
  let allReadable = true;
  list.forEach((row, i) => {
    const year = yearOf(row);
    if (year === undefined) {
      allReadable = false;
      return;
    }
    const at: Segment[] = ['years', i, 'year'];
    if (checkYearInPlan(year, at, plan, out)) once(year, at, out, { en: `year ${year}`, sv: `året ${year}` });
  });
  if (!plan.years || !allReadable) return;
  const present = new Set(list.map(yearOf));
  for (const year of plan.years) {
    if (present.has(year)) continue;
    out.push({
      segments: ['years'],
      code: 'year-missing',
      message: `plan year ${year} has no row; years must have exactly one row for each of ${describePlan(plan.years)}`,
      sv:
        `planåret ${year} saknar rad; years ska ha exakt en rad för ` +
        (plan.years.length === 1 ? describePlanSv(plan.years) : `vart och ett av ${describePlanSv(plan.years)}`),
    });
  }
}

function checkHistory(input: unknown, plan: Plan, out: Out): void {
  const once = firstPlaces<number>();
  rows(member(input, 'history')).forEach((row, i) => {
    const year = yearOf(row);
    if (year === undefined) return;
    const at: Segment[] = ['history', i, 'year'];
    if (plan.baseYear !== undefined && year > plan.baseYear) {
      out.push({
        segments: at,
        code: 'history-after-base',
        message: `history year ${year} is after the base year ${plan.baseYear}; history holds years up to and including the base year`,
        sv: `historikåret ${year} ligger efter basåret ${plan.baseYear}; historiken innehåller år till och med basåret`,
      });
    } else {
      once(year, at, out, { en: `history year ${year}`, sv: `historikåret ${year}` });
    }
  });
}

function checkCommitteeYears(list: unknown, at: Segment[], ids: Set<string> | undefined, plan: Plan, out: Out): void {
  const once = firstPlaces<string>();
  rows(list).forEach((row, i) => {
    const committee = nonEmptyText(member(row, 'committee'));
    const year = yearOf(row);
    if (committee !== undefined && ids && !ids.has(committee)) {
      out.push({
        segments: [...at, i, 'committee'],
        code: 'unknown-committee',
        message: `committee ${JSON.stringify(committee)} is not one of the committees (${[...ids].join(', ')})`,
        sv: `nämnden ${quoted(committee)} finns inte bland nämnderna (${[...ids].join(', ')})`,
      });
    }
    if (year !== undefined) checkYearInPlan(year, [...at, i, 'year'], plan, out);
    if (committee !== undefined && year !== undefined) {
      once(JSON.stringify([committee, year]), [...at, i], out, {
        en: `committee ${quoted(committee)} in year ${year}`,
        sv: `nämnden ${quoted(committee)} år ${year}`,
      });
    }
  });
}

function checkScenarios(input: unknown, ids: Set<string> | undefined, plan: Plan, out: Out): void {
  const names = firstPlaces<string>();
  rows(member(input, 'scenarios')).forEach((scenario, s) => {
    const name = nonEmptyText(member(scenario, 'name'));
    if (name !== undefined) {
      names(scenarioKey(name), ['scenarios', s, 'name'], out, { en: `scenario name ${quoted(name)}`, sv: `scenarionamnet ${quoted(name)}` });
    }
    const overrides = member(scenario, 'overrides');
    const years = firstPlaces<number>();
    rows(member(overrides, 'years')).forEach((row, i) => {
      const year = yearOf(row);
      const at: Segment[] = ['scenarios', s, 'overrides', 'years', i, 'year'];
      if (year !== undefined && checkYearInPlan(year, at, plan, out)) years(year, at, out, { en: `year ${year}`, sv: `året ${year}` });
    });
    checkCommitteeYears(member(overrides, 'committeeYears'), ['scenarios', s, 'overrides', 'committeeYears'], ids, plan, out);
  });
}

export function checkReferences(input: unknown): Finding[] {
  const out: Out = [];
  const plan = planOf(input);
  const ids = checkCommittees(input, out);
  checkYears(input, plan, out);
  checkHistory(input, plan, out);
  checkCommitteeYears(member(input, 'committeeYears'), ['committeeYears'], ids, plan, out);
  checkScenarios(input, ids, plan, out);
  return out;
}
