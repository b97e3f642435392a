/**
 * A second, deliberately naive reading of shared/budget-model.md, written straight from its formulas
 * with every quantity keyed by calendar year and no code shared with src/engine. The invariants suite
 * compares the engine with it over random models.
 *
 * Choices where the model definition is silent follow the engine's documented ones:
 * a scenario's year row beats its uniform `efficiency`/`compensation` number; a committee-year value
 * (the scenario's row first, then the model's) beats both; weights of zero in revenue mode give
 * frame = initiative; impliedEfficiency is 0 when last year's frame is 0.
 */
import { CarryOverRule, Model, PlanYear, Scenario } from '../../src/engine';

export interface ReferenceCommittee {
  id: string;
  frame: number[];
  carryIn: number[];
  allowance: number[];
  netCost: number[];
  outcome: number[];
  impliedEfficiency: number[];
  carried: number[];
  outstanding: number;
}

export interface ReferenceResult {
  years: number[];
  frameMode: 'uplift' | 'revenue';
  target: number;
  taxRevenue: number[];
  revenue: number[];
  netCost: number[];
  result: number[];
  resultShare: number[];
  room: number[];
  rollingShare: number[];
  rollingComplete: boolean[];
  committees: ReferenceCommittee[];
}

function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function referenceRun(model: Model, scenario: Scenario): ReferenceResult {
  const ov = scenario.overrides;
  const Y0 = model.baseYear;
  const plan: number[] = [];
  for (let y = Y0 + 1; y <= Y0 + model.horizon; y++) plan.push(y);

  const row = (y: number): PlanYear => {
    const base = model.years.find((r) => r.year === y);
    if (!base) throw new Error(`no row for ${y}`);
    const merged: PlanYear = { ...base };
    if (ov.efficiency !== undefined) merged.efficiency = ov.efficiency;
    if (ov.compensation !== undefined) merged.compensation = ov.compensation;
    for (const o of ov.years ?? []) if (o.year === y) Object.assign(merged, defined(o));
    return merged;
  };
  type Key = 'efficiency' | 'compensation' | 'demography' | 'initiative' | 'deviation';
  const cell = (c: string, y: number, key: Key): number | undefined => {
    let v: number | undefined;
    for (const r of model.committeeYears) if (r.committee === c && r.year === y && r[key] !== undefined) v = r[key];
    for (const r of ov.committeeYears ?? []) if (r.committee === c && r.year === y && r[key] !== undefined) v = r[key];
    return v;
  };
  const e = (c: string, y: number) => cell(c, y, 'efficiency') ?? row(y).efficiency;
  const k = (c: string, y: number) => cell(c, y, 'compensation') ?? row(y).compensation;
  const d = (c: string, y: number) => cell(c, y, 'demography') ?? 0;
  const i = (c: string, y: number) => cell(c, y, 'initiative') ?? 0;
  const dev = (c: string, y: number) => cell(c, y, 'deviation') ?? 0;

  const target = ov.target ?? model.target;
  const frameMode = ov.frameMode ?? model.frameMode;
  const B = ov.windowBack ?? model.windowBack;
  const F = ov.windowForward ?? model.windowForward;
  const measure = ov.measure ?? model.measure;

  // Revenue.
  const taxBase = new Map<number, number>([[Y0, model.taxBase]]);
  const taxRate = new Map<number, number>([[Y0, model.taxRate]]);
  const taxRevenue = new Map<number, number>();
  const revenue = new Map<number, number>();
  for (const y of plan) {
    taxBase.set(y, taxBase.get(y - 1)! * (1 + row(y).taxBaseGrowth));
    taxRate.set(y, row(y).taxRate ?? taxRate.get(y - 1)!);
    taxRevenue.set(y, (taxBase.get(y)! * taxRate.get(y)!) / 100);
    revenue.set(y, taxRevenue.get(y)! + row(y).grants);
  }

  // Committees.
  const rule = (cid: string): CarryOverRule => {
    const c = model.committees.find((x) => x.id === cid)!;
    return { ...model.carryOver, ...defined(ov.carryOver), ...defined(c.carryOver) };
  };
  const frame = new Map<string, Map<number, number>>();
  const carryIn = new Map<string, Map<number, number>>();
  const allowance = new Map<string, Map<number, number>>();
  const netCostC = new Map<string, Map<number, number>>();
  const outcome = new Map<string, Map<number, number>>();
  const implied = new Map<string, Map<number, number>>();
  const carried = new Map<string, Map<number, number>>();
  for (const c of model.committees) {
    frame.set(c.id, new Map([[Y0, c.frame]]));
    carryIn.set(c.id, new Map([[Y0 + 1, c.openingCarryIn ?? 0]]));
    allowance.set(c.id, new Map());
    netCostC.set(c.id, new Map());
    outcome.set(c.id, new Map());
    implied.set(c.id, new Map());
    carried.set(c.id, new Map());
  }
  const addCarry = (cid: string, y: number, amount: number) => {
    const m = carryIn.get(cid)!;
    m.set(y, (m.get(y) ?? 0) + amount);
  };

  const netCost = new Map<number, number>();
  const result = new Map<number, number>();
  const room = new Map<number, number>();
  for (const y of plan) {
    const r = row(y);
    const available = revenue.get(y)! * (1 - target) + r.financialNet - r.centralCosts;
    const weightSum = model.committees.reduce((a, c) => a + frame.get(c.id)!.get(y - 1)! * (1 + d(c.id, y)), 0);
    const initiativeSum = model.committees.reduce((a, c) => a + i(c.id, y), 0);
    let sumNet = 0;
    let sumAllowance = 0;
    for (const c of model.committees) {
      const prev = frame.get(c.id)!.get(y - 1)!;
      const U = c.labourShare * r.wageIndex + (1 - c.labourShare) * r.priceIndex;
      let f: number;
      if (frameMode === 'uplift') {
        f = prev * (1 + k(c.id, y) * U + d(c.id, y) - e(c.id, y)) + i(c.id, y);
      } else {
        const w = weightSum === 0 ? 0 : (prev * (1 + d(c.id, y))) / weightSum;
        f = (available - initiativeSum) * w + i(c.id, y);
      }
      frame.get(c.id)!.set(y, f);
      implied.get(c.id)!.set(y, prev === 0 ? 0 : (prev * (1 + U + d(c.id, y)) + i(c.id, y) - f) / prev);

      const a = f + (carryIn.get(c.id)!.get(y) ?? 0);
      const n = a * (1 + dev(c.id, y));
      const o = a - n;
      allowance.get(c.id)!.set(y, a);
      netCostC.get(c.id)!.set(y, n);
      outcome.get(c.id)!.set(y, o);

      const ru = rule(c.id);
      let moved = 0;
      if (o > 0) {
        moved = ru.surplusShare * o;
        if (ru.surplusCap !== null) moved = Math.min(moved, ru.surplusCap * f);
        addCarry(c.id, y + 1, moved);
      } else if (o < 0) {
        let D = ru.deficitShare * -o;
        if (ru.deficitCap !== null) D = Math.min(D, ru.deficitCap * f);
        for (let j = 1; j <= ru.repaymentYears; j++) addCarry(c.id, y + j, -D / ru.repaymentYears);
        moved = -D;
      }
      carried.get(c.id)!.set(y, moved);
      sumNet += n;
      sumAllowance += a;
    }
    netCost.set(y, sumNet + r.centralCosts);
    result.set(y, revenue.get(y)! - netCost.get(y)! + r.financialNet);
    room.set(y, available - sumAllowance);
  }

  // Rolling window y-B .. y+F-1.
  const known = (w: number): { revenue: number; result: number } | undefined => {
    if (w <= Y0) return model.history.find((h) => h.year === w);
    if (revenue.has(w)) return { revenue: revenue.get(w)!, result: result.get(w)! };
    return undefined;
  };
  const rollingShare: number[] = [];
  const rollingComplete: boolean[] = [];
  for (const y of plan) {
    const vals: { revenue: number; result: number }[] = [];
    let complete = true;
    for (let w = y - B; w <= y + F - 1; w++) {
      const v = known(w);
      if (v) vals.push(v);
      else complete = false;
    }
    const share =
      measure === 'ratioOfSums'
        ? vals.reduce((a, v) => a + v.result, 0) / vals.reduce((a, v) => a + v.revenue, 0)
        : vals.reduce((a, v) => a + v.result / v.revenue, 0) / vals.length;
    rollingShare.push(share);
    rollingComplete.push(complete);
  }

  const last = plan[plan.length - 1];
  return {
    years: plan,
    frameMode,
    target,
    taxRevenue: plan.map((y) => taxRevenue.get(y)!),
    revenue: plan.map((y) => revenue.get(y)!),
    netCost: plan.map((y) => netCost.get(y)!),
    result: plan.map((y) => result.get(y)!),
    resultShare: plan.map((y) => result.get(y)! / revenue.get(y)!),
    room: plan.map((y) => room.get(y)!),
    rollingShare,
    rollingComplete,
    committees: model.committees.map((c) => ({
      id: c.id,
      frame: plan.map((y) => frame.get(c.id)!.get(y)!),
      carryIn: plan.map((y) => carryIn.get(c.id)!.get(y) ?? 0),
      allowance: plan.map((y) => allowance.get(c.id)!.get(y)!),
      netCost: plan.map((y) => netCostC.get(c.id)!.get(y)!),
      outcome: plan.map((y) => outcome.get(c.id)!.get(y)!),
      impliedEfficiency: plan.map((y) => implied.get(c.id)!.get(y)!),
      carried: plan.map((y) => carried.get(c.id)!.get(y)!),
      outstanding: [...carryIn.get(c.id)!.entries()].filter(([y]) => y > last).reduce((a, [, v]) => a + v, 0),
    })),
  };
}
