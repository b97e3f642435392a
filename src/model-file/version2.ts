/**
 * Checks across rows for the keys version 2 adds: that a version 1 file uses none of them, unique
 * ids, years inside their range, references to committees and age groups, a population for every
 * year a demography driver needs, and scenario rows that bring in a new project or investment.
 * Like references.ts they read the raw input defensively and skip what they cannot read (the
 * structural check reports that).
 */
import { Finding } from './findings';
import { formatPath, Segment } from './paths';
import { describePlan, describePlanSv, Plan, planOf } from './plan';
import { member, nonEmptyText, rows } from './raw';
import { firstPlaces, What } from './references';
import { RULES, validNumber } from './rules';
import { RULES_V2 } from './rules-v2';
import { V2_KEYS } from './schema-v2';

type Out = Finding[];

const quoted = (text: string) => JSON.stringify(text);
const yearOf = (row: unknown) => validNumber(member(row, 'year'), RULES.year);
const present = (value: unknown) => value !== undefined && value !== null;

// ---- The schema version ----

function versionKey(at: Segment[], out: Out): void {
  const key = String(at[at.length - 1]);
  out.push({
    segments: at,
    code: 'schema-version',
    message: `${key} is a version 2 key, but the file says "schemaVersion": 1; set "schemaVersion": 2 to use it`,
    sv: `${key} är en nyckel i version 2, men filen anger "schemaVersion": 1; ange "schemaVersion": 2 för att använda den`,
  });
}

function keysIn(row: unknown, keys: readonly string[], at: Segment[], out: Out): void {
  for (const key of keys) if (present(member(row, key))) versionKey([...at, key], out);
}

/** A file that says schemaVersion 1 may not use version 2's keys: each one is named. */
function checkVersion1(input: unknown, out: Out): void {
  if (validNumber(member(input, 'schemaVersion'), RULES.schemaVersion) !== 1) return;
  keysIn(input, V2_KEYS.model, [], out);
  rows(member(input, 'years')).forEach((row, i) => keysIn(row, V2_KEYS.planYear, ['years', i], out));
  rows(member(input, 'committees')).forEach((row, i) => keysIn(row, V2_KEYS.committee, ['committees', i], out));
  rows(member(input, 'scenarios')).forEach((scenario, s) => {
    const overrides = member(scenario, 'overrides');
    keysIn(overrides, V2_KEYS.overrides, ['scenarios', s, 'overrides'], out);
    rows(member(overrides, 'years')).forEach((row, i) => keysIn(row, V2_KEYS.planYear, ['scenarios', s, 'overrides', 'years', i], out));
  });
}

// ---- References and ranges ----

/** Every readable, non-empty id of a list (undefined when the list has an unreadable id). */
function idsOf(list: unknown): Set<string> | undefined {
  const ids = new Set<string>();
  let readable = true;
  rows(list).forEach((row) => {
    const id = nonEmptyText(member(row, 'id'));
    if (id === undefined) readable = false;
    else ids.add(id);
  });
  return readable ? ids : undefined;
}

function committeeIds(input: unknown): Set<string> | undefined {
  const list = rows(member(input, 'committees'));
  return list.length > 0 ? idsOf(list) : undefined;
}

function checkCommitteeRef(row: unknown, at: Segment[], committees: Set<string> | undefined, out: Out): void {
  const committee = nonEmptyText(member(row, 'committee'));
  if (committee === undefined || !committees || committees.has(committee)) return;
  out.push({
    segments: [...at, 'committee'],
    code: 'unknown-committee',
    message: `committee ${quoted(committee)} is not one of the committees (${[...committees].join(', ')})`,
    sv: `nämnden ${quoted(committee)} finns inte bland nämnderna (${[...committees].join(', ')})`,
  });
}

function checkGroupRef(group: string, at: Segment[], groups: Set<string> | undefined, out: Out): boolean {
  if (!groups || groups.has(group)) return true;
  const list = groups.size === 0 ? 'there are none in ageGroups' : [...groups].join(', ');
  const listSv = groups.size === 0 ? 'det finns inga i ageGroups' : [...groups].join(', ');
  out.push({
    segments: at,
    code: 'enum',
    message: `age group ${quoted(group)} is not one of the age groups (${list})`,
    sv: `åldersgruppen ${quoted(group)} finns inte bland åldersgrupperna (${listSv})`,
  });
  return false;
}

/** Spend and effect years: the plan years. */
function checkYearsInPlan(list: unknown, at: Segment[], plan: Plan, out: Out): void {
  if (!plan.years) return;
  const years = plan.years;
  rows(list).forEach((row, i) => {
    const year = yearOf(row);
    if (year === undefined || years.includes(year)) return;
    out.push({
      segments: [...at, i, 'year'],
      code: 'year-outside-plan',
      message: `year ${year} is outside ${describePlan(years)}`,
      sv: `året ${year} ligger utanför ${describePlanSv(years)}`,
    });
  });
}

function checkInvestments(input: unknown, committees: Set<string> | undefined, plan: Plan, out: Out): void {
  const once = firstPlaces<string>();
  rows(member(input, 'investments')).forEach((row, i) => {
    const id = nonEmptyText(member(row, 'id'));
    if (id !== undefined) once(id, ['investments', i, 'id'], out, { en: `investment id ${quoted(id)}`, sv: `investerings-id ${quoted(id)}` });
    checkCommitteeRef(row, ['investments', i], committees, out);
    checkYearsInPlan(member(row, 'spend'), ['investments', i, 'spend'], plan, out);
  });
}

function checkProjects(input: unknown, committees: Set<string> | undefined, plan: Plan, out: Out): void {
  const once = firstPlaces<string>();
  rows(member(input, 'projects')).forEach((row, i) => {
    const id = nonEmptyText(member(row, 'id'));
    if (id !== undefined) once(id, ['projects', i, 'id'], out, { en: `project id ${quoted(id)}`, sv: `projekt-id ${quoted(id)}` });
    checkCommitteeRef(row, ['projects', i], committees, out);
    checkYearsInPlan(member(row, 'effects'), ['projects', i, 'effects'], plan, out);
  });
}

/** The age group ids (undefined when one is unreadable), each id once. */
function checkAgeGroups(input: unknown, out: Out): Set<string> | undefined {
  const once = firstPlaces<string>();
  rows(member(input, 'ageGroups')).forEach((row, i) => {
    const id = nonEmptyText(member(row, 'id'));
    if (id !== undefined) once(id, ['ageGroups', i, 'id'], out, { en: `age group id ${quoted(id)}`, sv: `åldersgrupps-id ${quoted(id)}` });
  });
  return idsOf(member(input, 'ageGroups'));
}

/** The base year and the plan years: the years a population forecast covers. */
function populationYears(plan: Plan): number[] | undefined {
  return plan.baseYear !== undefined && plan.years ? [plan.baseYear, ...plan.years] : undefined;
}

/** Readable population counts by group and year; a row that cannot be read is left out. */
type Counts = Map<string, Map<number, number>>;

function checkPopulation(input: unknown, groups: Set<string> | undefined, plan: Plan, out: Out): Counts {
  const years = populationYears(plan);
  const once = firstPlaces<string>();
  const counts: Counts = new Map();
  rows(member(input, 'population')).forEach((row, i) => {
    const year = yearOf(row);
    const group = nonEmptyText(member(row, 'group'));
    let inRange = true;
    if (year !== undefined && years && !years.includes(year)) {
      inRange = false;
      out.push({
        segments: ['population', i, 'year'],
        code: 'year-outside-plan',
        message: `year ${year} is outside the base year ${plan.baseYear} and ${describePlan(plan.years ?? [])}`,
        sv: `året ${year} ligger utanför basåret ${plan.baseYear} och ${describePlanSv(plan.years ?? [])}`,
      });
    }
    const known = group === undefined || checkGroupRef(group, ['population', i, 'group'], groups, out);
    if (year === undefined || group === undefined) return;
    once(JSON.stringify([year, group]), ['population', i], out, {
      en: `the population of age group ${quoted(group)} in ${year}`,
      sv: `befolkningen i åldersgruppen ${quoted(group)} år ${year}`,
    });
    const count = validNumber(member(row, 'count'), RULES_V2.count);
    if (!inRange || !known || count === undefined) return;
    const byYear = counts.get(group) ?? new Map<number, number>();
    if (!byYear.has(year)) byYear.set(year, count);
    counts.set(group, byYear);
  });
  return counts;
}

/**
 * Each committee's weights name known groups, once each; every weighted group has a count in the base
 * year and every plan year; and the weighted population is not 0 in a year that a later year's
 * demography divides by (the base year to the last but one plan year).
 */
function checkWeights(input: unknown, groups: Set<string> | undefined, counts: Counts, plan: Plan, out: Out): void {
  const years = populationYears(plan);
  rows(member(input, 'committees')).forEach((committee, c) => {
    const weights = member(committee, 'demographyWeights');
    const list = rows(weights);
    const once = firstPlaces<string>();
    const terms: { group: string; weight: number }[] = [];
    let complete = true;
    list.forEach((row, w) => {
      const at: Segment[] = ['committees', c, 'demographyWeights', w, 'group'];
      const group = nonEmptyText(member(row, 'group'));
      const weight = validNumber(member(row, 'weight'), RULES_V2.weight);
      if (group === undefined) {
        complete = false;
        return;
      }
      once(group, at, out, { en: `age group ${quoted(group)} in the weights`, sv: `åldersgruppen ${quoted(group)} i vikterna` });
      if (!checkGroupRef(group, at, groups, out)) {
        complete = false;
        return;
      }
      if (!years) return;
      const missing = years.filter((y) => !counts.get(group)?.has(y));
      const unreadable = rows(member(input, 'population')).some(
        (p) => nonEmptyText(member(p, 'group')) === group && (yearOf(p) === undefined || validNumber(member(p, 'count'), RULES_V2.count) === undefined),
      );
      if (missing.length > 0 && !unreadable) {
        out.push({
          segments: at,
          code: 'year-missing',
          message:
            `age group ${quoted(group)} has no population for ${missing.join(', ')}; a committee that weighs a group needs its count ` +
            `in the base year ${plan.baseYear} and in every plan year`,
          sv:
            `åldersgruppen ${quoted(group)} saknar befolkning för ${missing.join(', ')}; en nämnd som viktar en grupp behöver dess antal ` +
            `för basåret ${plan.baseYear} och för varje planår`,
        });
      }
      if (missing.length > 0 || weight === undefined) complete = false;
      else terms.push({ group, weight });
    });
    if (!years || !complete || terms.length === 0) return;
    const id = nonEmptyText(member(committee, 'id'));
    const who = id === undefined ? 'the committee' : `committee ${quoted(id)}`;
    const whoSv = id === undefined ? 'nämnden' : `nämnden ${quoted(id)}`;
    const zero = years
      .slice(0, -1)
      .filter((y) => terms.reduce((sum, t) => sum + t.weight * (counts.get(t.group)?.get(y) ?? 0), 0) === 0);
    if (zero.length === 0) return;
    const next = zero.map((y) => y + 1);
    out.push({
      segments: ['committees', c, 'demographyWeights'],
      code: 'invalid',
      message:
        `the weighted population of ${who} (the sum of weight × count over its age groups) is 0 in ${zero.join(', ')}, ` +
        `so its demography in ${next.join(', ')} cannot be computed; give a weight above 0 to a group with inhabitants`,
      sv:
        `den viktade befolkningen för ${whoSv} (summan av vikt × antal över dess åldersgrupper) är 0 år ${zero.join(', ')}, ` +
        `så demografin för ${next.join(', ')} kan inte räknas fram; ge en vikt över 0 åt en grupp med invånare`,
    });
  });
}

function checkUncertainty(input: unknown, out: Out): void {
  const once = firstPlaces<string>();
  rows(member(member(input, 'uncertainty'), 'inputs')).forEach((row, i) => {
    const name = nonEmptyText(member(row, 'input'));
    if (name !== undefined) once(name, ['uncertainty', 'inputs', i, 'input'], out, { en: `uncertain input ${quoted(name)}`, sv: `den osäkra indatan ${quoted(name)}` });
  });
}

function checkOpeningRestoration(input: unknown, plan: Plan, out: Out): void {
  if (plan.baseYear === undefined) return;
  const baseYear = plan.baseYear;
  rows(member(input, 'openingRestoration')).forEach((row, i) => {
    const year = yearOf(row);
    if (year === undefined || year <= baseYear) return;
    out.push({
      segments: ['openingRestoration', i, 'year'],
      code: 'range',
      message: `opening restoration year ${year} is after the base year ${baseYear}; it holds deficits of years up to and including the base year`,
      sv: `året ${year} för ingående återställande ligger efter basåret ${baseYear}; där anges underskott från år till och med basåret`,
    });
  });
}

// ---- Scenarios ----

interface RowKind {
  list: 'projects' | 'investments';
  /** The keys a row for an id the model lacks must give. */
  complete: readonly string[];
  years: 'effects' | 'spend';
  what: (id: string) => What;
}

const PROJECT_ROWS: RowKind = {
  list: 'projects',
  complete: ['name', 'committee', 'effects'],
  years: 'effects',
  what: (id) => ({ en: `project ${quoted(id)}`, sv: `projektet ${quoted(id)}` }),
};

const INVESTMENT_ROWS: RowKind = {
  list: 'investments',
  complete: ['name', 'life', 'spend'],
  years: 'spend',
  what: (id) => ({ en: `investment ${quoted(id)}`, sv: `investeringen ${quoted(id)}` }),
};

function checkScenarioRows(
  input: unknown,
  overrides: unknown,
  at: Segment[],
  kind: RowKind,
  committees: Set<string> | undefined,
  plan: Plan,
  out: Out,
): void {
  // Which ids are new can only be told when the model's own list is readable.
  const own = member(input, kind.list);
  const known = own === undefined || own === null ? new Set<string>() : Array.isArray(own) ? idsOf(own) : undefined;
  const once = firstPlaces<string>();
  rows(member(overrides, kind.list)).forEach((row, i) => {
    const here: Segment[] = [...at, kind.list, i];
    const id = nonEmptyText(member(row, 'id'));
    checkCommitteeRef(row, here, committees, out);
    checkYearsInPlan(member(row, kind.years), [...here, kind.years], plan, out);
    if (id === undefined) return;
    const what = kind.what(id);
    once(id, [...here, 'id'], out, { en: `${what.en} in this scenario`, sv: `${what.sv} i detta scenario` });
    if (!known || known.has(id)) return;
    const missing = kind.complete.filter((key) => !present(member(row, key)));
    if (missing.length === 0) return;
    const list = member(row, kind.years);
    if (Array.isArray(list) && list.length === 0) {
      out.push({
        segments: [...here, kind.years],
        code: 'invalid',
        message: `${what.en} is not in the model, so "${kind.years}": [] has nothing to remove; check the id`,
        sv: `${what.sv} finns inte i modellen, så "${kind.years}": [] har inget att ta bort; kontrollera id:t`,
      });
      return;
    }
    const keys = kind.complete.join(', ');
    for (const key of missing) {
      out.push({
        segments: [...here, key],
        code: 'required',
        message: `${what.en} is not in the model, so this row adds it and must give ${keys}; ${key} is missing`,
        sv: `${what.sv} finns inte i modellen, så raden lägger till det och måste ange ${keys}; ${key} saknas`,
      });
    }
  });
}

function checkScenarios(input: unknown, committees: Set<string> | undefined, plan: Plan, out: Out): void {
  rows(member(input, 'scenarios')).forEach((scenario, s) => {
    const overrides = member(scenario, 'overrides');
    const at: Segment[] = ['scenarios', s, 'overrides'];
    checkScenarioRows(input, overrides, at, PROJECT_ROWS, committees, plan, out);
    checkScenarioRows(input, overrides, at, INVESTMENT_ROWS, committees, plan, out);
  });
}

export function checkVersion2(input: unknown): Finding[] {
  const out: Out = [];
  const plan = planOf(input);
  const committees = committeeIds(input);
  checkVersion1(input, out);
  checkInvestments(input, committees, plan, out);
  checkProjects(input, committees, plan, out);
  const groups = checkAgeGroups(input, out);
  const counts = checkPopulation(input, groups, plan, out);
  checkWeights(input, groups, counts, plan, out);
  checkUncertainty(input, out);
  checkOpeningRestoration(input, plan, out);
  checkScenarios(input, committees, plan, out);
  return out;
}
