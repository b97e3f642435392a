/**
 * Revenue must be positive in every plan year, for the base and for each scenario (a scenario may
 * override growth, tax rate and grants). Computed from the raw input: a value that cannot be read is
 * NaN, which makes the years it affects unknown, and unknown years are not judged.
 */
import { describeValue, describeValueSv, formatNumber, formatNumberSv } from './describe';
import { Finding } from './findings';
import { Segment } from './paths';
import { planOf } from './plan';
import { member, rows } from './raw';
import { NumberRule, RULES, validNumber } from './rules';

interface Levers {
  taxBaseGrowth?: number;
  taxRate?: number;
  grants?: number;
}

interface YearRevenue {
  year: number;
  taxBase: number;
  taxRate: number;
  grants: number;
  revenue: number;
}

/** undefined = not given; NaN = given but unreadable or refused. */
function lever(row: unknown, key: keyof Levers, rule: NumberRule): number | undefined {
  const raw = member(row, key);
  if (raw === undefined || raw === null) return undefined;
  return validNumber(raw, rule) ?? NaN;
}

function leversOf(row: unknown): Levers {
  const out: Levers = {};
  const growth = lever(row, 'taxBaseGrowth', RULES.taxBaseGrowth);
  const rate = lever(row, 'taxRate', RULES.taxRate);
  const grants = lever(row, 'grants', RULES.grants);
  if (growth !== undefined) out.taxBaseGrowth = growth;
  if (rate !== undefined) out.taxRate = rate;
  if (grants !== undefined) out.grants = grants;
  return out;
}

/** The first row of each year with its index. */
function rowsByYear(list: unknown): Map<number, { row: unknown; index: number }> {
  const byYear = new Map<number, { row: unknown; index: number }>();
  rows(list).forEach((row, index) => {
    const year = validNumber(member(row, 'year'), RULES.year);
    if (year !== undefined && !byYear.has(year)) byYear.set(year, { row, index });
  });
  return byYear;
}

function revenueSeries(taxBase0: number, taxRate0: number, plan: number[], levers: Map<number, Levers>): YearRevenue[] {
  let taxBase = taxBase0;
  let taxRate = taxRate0;
  return plan.map((year) => {
    const l = levers.get(year) ?? {};
    taxBase *= 1 + (l.taxBaseGrowth ?? NaN);
    if (l.taxRate !== undefined) taxRate = l.taxRate;
    const grants = l.grants ?? NaN;
    return { year, taxBase, taxRate, grants, revenue: (taxBase * taxRate) / 100 + grants };
  });
}

function message(r: YearRevenue, scenarioName?: unknown): string {
  const where = scenarioName === undefined ? '' : `in scenario ${describeValue(scenarioName)}, `;
  return (
    `${where}revenue in ${r.year} must be positive, got ${formatNumber(r.revenue)} ` +
    `(tax base ${formatNumber(r.taxBase)} × tax rate ${formatNumber(r.taxRate)} / 100 + grants ${formatNumber(r.grants)})`
  );
}

function messageSv(r: YearRevenue, scenarioName?: unknown): string {
  const subject = `intäkterna ${r.year}`;
  const claim = scenarioName === undefined ? `${subject} måste vara` : `i scenariot ${describeValueSv(scenarioName)} måste ${subject} vara`;
  return (
    `${claim} större än noll, men blir ${formatNumberSv(r.revenue)} ` +
    `(skatteunderlag ${formatNumberSv(r.taxBase)} × skattesats ${formatNumberSv(r.taxRate)} / 100 + statsbidrag ${formatNumberSv(r.grants)})`
  );
}

export function checkRevenue(input: unknown): Finding[] {
  const plan = planOf(input).years;
  if (!plan) return [];
  const taxBase0 = validNumber(member(input, 'taxBase'), RULES.taxBase) ?? NaN;
  const taxRate0 = validNumber(member(input, 'taxRate'), RULES.taxRate) ?? NaN;
  const baseRows = rowsByYear(member(input, 'years'));
  const baseLevers = new Map(plan.map((y) => [y, leversOf(baseRows.get(y)?.row)]));
  const base = revenueSeries(taxBase0, taxRate0, plan, baseLevers);

  const out: Finding[] = [];
  for (const r of base) {
    const row = baseRows.get(r.year);
    if (row && r.revenue <= 0) {
      out.push({ segments: ['years', row.index], code: 'revenue-not-positive', message: message(r), sv: messageSv(r) });
    }
  }

  rows(member(input, 'scenarios')).forEach((scenario, s) => {
    const overrideRows = rowsByYear(member(member(scenario, 'overrides'), 'years'));
    if (overrideRows.size === 0) return;
    const levers = new Map(plan.map((y) => [y, { ...baseLevers.get(y), ...leversOf(overrideRows.get(y)?.row) }]));
    revenueSeries(taxBase0, taxRate0, plan, levers).forEach((r, i) => {
      // A scenario is blamed only where it turns the base's positive revenue non-positive.
      if (!(r.revenue <= 0) || !(base[i].revenue > 0)) return;
      out.push({
        segments: overridePlace(s, overrideRows, r.year),
        code: 'revenue-not-positive',
        message: message(r, member(scenario, 'name')),
        sv: messageSv(r, member(scenario, 'name')),
      });
    });
  });
  return out;
}

/** The scenario's latest year row up to `year` that changes revenue: the cause, directly or by the chain. */
function overridePlace(s: number, overrideRows: Map<number, { row: unknown; index: number }>, year: number): Segment[] {
  let best: { year: number; index: number } | undefined;
  for (const [y, { row, index }] of overrideRows) {
    if (y <= year && Object.keys(leversOf(row)).length > 0 && (!best || y > best.year)) best = { year: y, index };
  }
  return best ? ['scenarios', s, 'overrides', 'years', best.index] : ['scenarios', s, 'overrides'];
}
