import { ResolvedScenario } from '../../engine/resolve';
import { CarryOverRule, Committee, Language, Model, Scenario, ScenarioResult, TARGET_TOLERANCE } from '../../engine/types';
import { CellContent, SheetDescription } from '../description';
import { cellA1, columnLetter, range, rangeA1 } from '../a1';
import { planBalance, writeBalance } from './blocks/balance-requirement';
import { BlockContext } from './blocks/context';
import { planFinancing, writeFinancing } from './blocks/financing';
import { planInvestments, writeInvestments } from './blocks/investments';
import { planPopulation, writePopulation } from './blocks/population';
import { planProjects, writeProjects } from './blocks/projects';
import { amountFormat, GENERAL, INTEGER, PERCENT, RATE, TAX_RATE, YEAR } from './formats';
import { excelNumber, f, plusChain } from './formula';
import { InputCells, settingName } from './inputs';
import { labels } from './labels';
import { meetsTarget } from '../../engine/solver';
import { closeMissFormat } from './close-miss';
import { SheetBuilder } from './sheet-builder';
import { TAB_COLORS } from './styles';

export const LABEL_COLUMN = 0;
export const BASE_YEAR_COLUMN = 1;
export const FIRST_YEAR_COLUMN = 2;
export const SCENARIO_HEADER_ROW = 3;

/** Where the comparison sheet finds this scenario's figures. */
export interface ScenarioSheetAnchors {
  sheet: string;
  headerRow: number;
  rows: {
    result: number;
    resultShare: number;
    rollingShare: number;
    targetMet: number;
    /** The target's cell, in the base-year column. */
    target: number;
    room: number;
    efficiencyKrSum: number;
    withheldSum?: number;
    balanceMet: number;
    selfFinancingRatio: number;
    debt: number;
  };
  frameRow: Map<string, number>;
}

export interface ScenarioSheetInput {
  model: Model;
  scenario: Scenario;
  resolved: ResolvedScenario;
  result: ScenarioResult;
  /** Years of the model (for the lever defaults of this scenario). */
  yearDefaults: { efficiency: number; compensation: number }[];
  cells: InputCells;
  sheetName: string;
  displayName: string;
  isBase: boolean;
  language: Language;
  /** The solver's answer for this scenario, when it was asked: the only plain value among the figures. */
  solved?: number | null;
}

type RuleKey = 'surplusShare' | 'deficitShare' | 'surplusCap' | 'deficitCap';

/** Committee rows, in order; which exist depends on the frame mode. */
const UPLIFT_ROWS = ['header', 'prevFrame', 'labourShare', 'fullUplift', 'grantedUplift', 'withheldUplift', 'explicitEfficiency', 'demographyRate', 'weightedPopulation', 'demography', 'initiative', 'baseFrame', 'projectEffect', 'frame', 'impliedEfficiencyKr', 'impliedEfficiency', 'efficiencyFte', 'carryIn', 'allowance', 'committeeNetCost', 'outcome', 'carried', 'outstanding'] as const;
const REVENUE_ROWS = ['header', 'prevFrame', 'labourShare', 'fullUplift', 'demographyRate', 'weightedPopulation', 'demography', 'initiative', 'projectEffect', 'weight', 'frame', 'baseFrame', 'impliedEfficiencyKr', 'impliedEfficiency', 'efficiencyFte', 'carryIn', 'allowance', 'committeeNetCost', 'outcome', 'carried', 'outstanding'] as const;
type CommitteeRow = (typeof UPLIFT_ROWS)[number] | (typeof REVENUE_ROWS)[number];

export function describeScenarioSheet(input: ScenarioSheetInput): { sheet: SheetDescription; anchors: ScenarioSheetAnchors } {
  const { model, scenario, resolved: rs, result: res, cells, language } = input;
  const L = labels(language);
  const H = res.years.length;
  const revenueMode = rs.frameMode === 'revenue';
  const b = new SheetBuilder(input.sheetName, 'scenario', scenario.name);
  const S = input.isBase ? undefined : scenario.name;
  const yc = (t: number) => FIRST_YEAR_COLUMN + t;
  const at = (row: number, t: number) => cellA1(row, yc(t));
  // A row above the committees read from inside every committee's block: fixed to its row (C$7), so
  // each block's formulas are alike in R1C1 form and a block copied onto the next reads the same row.
  const atFixedRow = (row: number, t: number) => `${columnLetter(yc(t))}$${row + 1}`;
  const amount = amountFormat(model.unit);

  // ---- Row plan: every row is placed before any formula refers to it.
  let next = SCENARIO_HEADER_ROW + 1;
  const take = () => next++;
  const row = {
    leversSection: take(),
    target: take(),
    efficiency: take(),
    compensation: take(),
    taxRate: take(),
    wageIncrease: take(),
    priceIncrease: take(),
    solved: input.solved !== undefined ? take() : -1,
    gap1: take(),
    revenueSection: take(),
    taxBase: take(),
    taxRevenue: take(),
    grants: take(),
    revenue: take(),
    gap2: take(),
    resultSection: take(),
    committeesNetCost: take(),
    centralCosts: take(),
    newDepreciation: take(),
    netCost: take(),
    financialNetBefore: take(),
    interest: take(),
    financialNet: take(),
    result: take(),
    resultShare: take(),
    rollingShare: take(),
    targetLine: take(),
    rollingComplete: take(),
    targetMet: take(),
    targetMetPlan: take(),
    available: revenueMode ? take() : -1,
    room: take(),
    weightSum: revenueMode ? take() : -1,
    initiativeSum: revenueMode ? take() : -1,
    frameSum: take(),
    efficiencyKrSum: take(),
    withheldSum: revenueMode ? -1 : take(),
    gap3: take(),
  };
  const yc0 = (t: number) => FIRST_YEAR_COLUMN + t;
  const ctx: BlockContext = {
    b,
    model,
    scenario,
    rs,
    res,
    cells,
    S,
    language,
    L,
    H,
    headerRow: SCENARIO_HEADER_ROW,
    yc: yc0,
    at: (r, t) => cellA1(r, yc0(t)),
    yearCell: (t) => atFixedRow(SCENARIO_HEADER_ROW, t),
    yearSource: (t, key) => (S && cells.scenarioYear(S, res.years[t], key)) || cells.year(res.years[t], key),
    section: (r, text) => {
      b.set(r, LABEL_COLUMN, text);
      b.style(range(r, 0, 1, FIRST_YEAR_COLUMN + H), 'section');
    },
    labelRow: (r, text) => b.set(r, LABEL_COLUMN, text),
    format: (r, fmt) => b.format(range(r, BASE_YEAR_COLUMN, 1, H + 1), fmt),
    styleRow: (r, style) => b.style(range(r, 0, 1, FIRST_YEAR_COLUMN + H), style),
  };
  // Financing and the balance requirement follow the result; committees, projects, investments and
  // the population come after.
  const financingRows = planFinancing(ctx, take);
  take();
  const balanceRows = planBalance(ctx, take);
  take();
  const committeesSection = take();
  const hasWeights = (c: Committee) => (c.demographyWeights?.length ?? 0) > 0 && (model.population?.length ?? 0) > 0;
  const committeeRowNames: readonly CommitteeRow[] = revenueMode ? REVENUE_ROWS : UPLIFT_ROWS;
  const namesOf = (c: Committee) =>
    committeeRowNames.filter((n) => (n !== 'weightedPopulation' || hasWeights(c)) && (n !== 'efficiencyFte' || c.costPerFte !== undefined));
  const committeeRows = model.committees.map((c) => {
    const first = next;
    const m = new Map<CommitteeRow, number>(namesOf(c).map((n) => [n, take()]));
    take();
    b.bands.push({ row: first, rows: next - first });
    return m;
  });
  const crow = (ci: number, name: CommitteeRow) => committeeRows[ci].get(name)!;
  const projectRows = planProjects(ctx, take);
  if (projectRows) take();
  const investmentRows = planInvestments(ctx, take);
  if (investmentRows) take();
  const populationRows = planPopulation(ctx, take);
  const T = cellA1(row.target, BASE_YEAR_COLUMN, true);

  // ---- Header
  const title = input.isBase ? input.displayName : `${L('scenarioTitle')}: ${input.displayName}`;
  b.set(0, 0, title);
  b.style(range(0, 0), 'title');
  const mode = revenueMode ? L('frameModeRevenue') : L('frameModeUplift');
  const windowText = `${L('targetWindow')} ${L('window')} ${rs.windowBack} ${L('yearsBack')}, ${rs.windowForward} ${L('yearsForward')} (${L(rs.measure)})`;
  b.set(1, 0, `${model.name} · ${L('amountsIn')} ${model.unit} · ${mode} · ${windowText}`);
  b.style(range(1, 0), 'subtitle');
  b.set(2, 0, L('scenarioNote'));
  b.style(range(2, 0), 'note');
  b.set(SCENARIO_HEADER_ROW, LABEL_COLUMN, `${L('amountsIn')} ${model.unit}`);
  b.set(SCENARIO_HEADER_ROW, BASE_YEAR_COLUMN, model.baseYear);
  res.years.forEach((y, t) => b.set(SCENARIO_HEADER_ROW, yc(t), y));
  b.style(range(SCENARIO_HEADER_ROW, 0, 1, FIRST_YEAR_COLUMN + H), 'header');
  b.format(range(SCENARIO_HEADER_ROW, BASE_YEAR_COLUMN, 1, H + 1), YEAR);

  // Yes/no rows are words, not TRUE/FALSE: spreadsheets disagree on how to show a logical value
  // (LibreOffice has no logical type and may show 1 and 0), and a council reads "ja" faster.
  const yes = L('yes');
  const no = L('no');

  const section = (r: number, text: string) => {
    b.set(r, LABEL_COLUMN, text);
    b.style(range(r, 0, 1, FIRST_YEAR_COLUMN + H), 'section');
  };
  const labelRow = (r: number, text: string) => b.set(r, LABEL_COLUMN, text);
  const pct = (r: number, fmt = PERCENT) => b.format(range(r, BASE_YEAR_COLUMN, 1, H + 1), fmt);

  // ---- Levers: formulas pointing at the input cell that supplies each value today.
  const yearSource = (t: number, key: string): string | undefined =>
    (S && cells.scenarioYear(S, res.years[t], key)) || cells.year(res.years[t], key);
  const leverSource = (t: number, key: 'efficiency' | 'compensation'): string | undefined =>
    (S && cells.scenarioYear(S, res.years[t], key)) || (S && cells.scenario(S, key)) || cells.year(res.years[t], key);

  section(row.leversSection, L('levers'));
  labelRow(row.target, L('target'));
  b.set(row.target, BASE_YEAR_COLUMN, f((S && cells.scenario(S, 'target')) || settingName('target'), rs.target));
  b.style(range(row.target, BASE_YEAR_COLUMN), 'input');
  pct(row.target);
  for (const [r, key] of [[row.efficiency, 'efficiency'], [row.compensation, 'compensation']] as const) {
    labelRow(r, L(key));
    for (let t = 0; t < H; t++) {
      const src = leverSource(t, key);
      b.set(r, yc(t), src ? f(src, input.yearDefaults[t][key]) : input.yearDefaults[t][key]);
    }
    b.style(range(r, FIRST_YEAR_COLUMN, 1, H), 'input');
    pct(r, RATE);
  }
  labelRow(row.taxRate, L('taxRate'));
  b.set(row.taxRate, BASE_YEAR_COLUMN, f(settingName('taxRate'), model.taxRate));
  for (let t = 0; t < H; t++) {
    // A year without its own rate keeps the previous year's.
    const src = yearSource(t, 'taxRate') ?? cellA1(row.taxRate, yc(t) - 1);
    b.set(row.taxRate, yc(t), f(src, rs.taxRate[t]));
  }
  b.style(range(row.taxRate, FIRST_YEAR_COLUMN, 1, H), 'input');
  b.format(range(row.taxRate, BASE_YEAR_COLUMN, 1, H + 1), TAX_RATE);
  // The year's wage and price increases, read once here: every committee's uplift reads these rows.
  for (const [r, key, label, values] of [
    [row.wageIncrease, 'wageIndex', 'wageIncrease', rs.wageIndex],
    [row.priceIncrease, 'priceIndex', 'priceIncrease', rs.priceIndex],
  ] as const) {
    labelRow(r, L(label));
    for (let t = 0; t < H; t++) b.set(r, yc(t), f(`${yearSource(t, key)}`, values[t]));
    pct(r, RATE);
  }
  if (input.solved !== undefined) {
    labelRow(row.solved, L('solverNote'));
    b.set(row.solved, FIRST_YEAR_COLUMN, input.solved === null ? L('solverNone') : input.solved);
    b.style(range(row.solved, 0, 1, FIRST_YEAR_COLUMN + 1), 'muted');
    pct(row.solved, '0.00%');
  }

  // ---- Revenue
  section(row.revenueSection, L('revenueSection'));
  labelRow(row.taxBase, L('taxBase'));
  b.set(row.taxBase, BASE_YEAR_COLUMN, f(settingName('taxBase'), model.taxBase));
  labelRow(row.taxRevenue, L('taxRevenue'));
  labelRow(row.grants, L('grants'));
  labelRow(row.revenue, L('revenue'));
  for (let t = 0; t < H; t++) {
    const prev = cellA1(row.taxBase, yc(t) - 1);
    b.set(row.taxBase, yc(t), f(`${prev}*(1+${yearSource(t, 'taxBaseGrowth')})`, res.taxBase[t]));
    b.set(row.taxRevenue, yc(t), f(`${at(row.taxBase, t)}*${at(row.taxRate, t)}/100`, res.taxRevenue[t]));
    b.set(row.grants, yc(t), f(`${yearSource(t, 'grants')}`, res.grants[t]));
    b.set(row.revenue, yc(t), f(`${at(row.taxRevenue, t)}+${at(row.grants, t)}`, res.revenue[t]));
  }
  b.style(range(row.revenue, 0, 1, FIRST_YEAR_COLUMN + H), 'total');

  // ---- Municipality result
  const nC = res.committees.length;
  const chain = (name: CommitteeRow, t: number) => plusChain(res.committees.map((_, ci) => at(crow(ci, name), t)));
  const sumOf = (pick: (ci: number) => number | null) => res.committees.reduce((s, _, ci) => s + (pick(ci) ?? 0), 0);

  section(row.resultSection, L('resultSection'));
  const rowsWithLabels: [number, Parameters<typeof L>[0]][] = [
    [row.committeesNetCost, 'committeesNetCost'], [row.centralCosts, 'centralCosts'], [row.newDepreciation, 'newDepreciationResult'], [row.netCost, 'netCost'],
    [row.financialNetBefore, 'financialNetBeforeInterest'], [row.interest, 'interest'], [row.financialNet, 'financialNet'], [row.result, 'result'], [row.resultShare, 'resultShare'],
    [row.rollingShare, 'rollingShare'], [row.targetLine, 'targetLine'], [row.rollingComplete, 'rollingComplete'],
    [row.targetMet, 'targetMet'], [row.targetMetPlan, 'targetMetPlan'], [row.room, 'room'], [row.frameSum, 'frameSum'], [row.efficiencyKrSum, 'efficiencyKrSum'],
  ];
  if (revenueMode) rowsWithLabels.push([row.available, 'available'], [row.weightSum, 'weightSum'], [row.initiativeSum, 'ringFencedSum']);
  else rowsWithLabels.push([row.withheldSum, 'withheldSum']);
  for (const [r, key] of rowsWithLabels) labelRow(r, L(key));

  for (let t = 0; t < H; t++) {
    const y = res.years[t];
    const sumNet = sumOf((ci) => res.committees[ci].netCost[t]);
    b.set(row.committeesNetCost, yc(t), f(chain('committeeNetCost', t), sumNet));
    b.set(row.centralCosts, yc(t), f(`${yearSource(t, 'centralCosts')}`, res.centralCosts[t]));
    b.set(row.newDepreciation, yc(t), investmentRows ? f(at(investmentRows.depreciationTotal, t), res.newDepreciation[t]) : 0);
    b.set(row.netCost, yc(t), f(`${at(row.committeesNetCost, t)}+${at(row.centralCosts, t)}+${at(row.newDepreciation, t)}`, res.netCost[t]));
    b.set(row.financialNetBefore, yc(t), f(`${yearSource(t, 'financialNet')}`, res.financialNetBeforeInterest[t]));
    b.set(row.interest, yc(t), f(at(financingRows.interest, t), res.interest[t]));
    b.set(row.financialNet, yc(t), f(`${at(row.financialNetBefore, t)}-${at(row.interest, t)}`, res.financialNet[t]));
    b.set(row.result, yc(t), f(`${at(row.revenue, t)}-${at(row.netCost, t)}+${at(row.financialNet, t)}`, res.result[t]));
    b.set(row.resultShare, yc(t), f(`${at(row.result, t)}/${at(row.revenue, t)}`, res.resultShare[t]));
    b.set(row.rollingShare, yc(t), f(rollingFormula(y), res.rollingShare[t]));
    b.set(row.targetLine, yc(t), f(T, rs.target));
    b.set(row.rollingComplete, yc(t), res.rollingComplete[t] ? yes : no);
    b.set(row.targetMet, yc(t), f(`IF(${at(row.rollingShare, t)}>=${T}-${excelNumber(TARGET_TOLERANCE)},"${yes}","${no}")`, res.targetMet[t] ? yes : no));
    const availableExpr = `${at(row.revenue, t)}*(1-${T})+${at(row.financialNet, t)}-${at(row.centralCosts, t)}-${at(row.newDepreciation, t)}`;
    const available = res.revenue[t] * (1 - rs.target) + res.financialNet[t] - res.centralCosts[t] - res.newDepreciation[t];
    if (revenueMode) {
      b.set(row.available, yc(t), f(availableExpr, available));
      b.set(row.room, yc(t), f(`${at(row.available, t)}-(${chain('allowance', t)})`, res.room[t]));
      b.set(row.weightSum, yc(t), f(chain('weight', t), sumOf((ci) => (t === 0 ? rs.committees[ci].frame0 : res.committees[ci].baseFrame[t - 1]) * (1 + res.committees[ci].demography[t]))));
      b.set(row.initiativeSum, yc(t), f(`${chain('initiative', t)}+${chain('projectEffect', t)}`, sumOf((ci) => res.committees[ci].initiative[t] + res.committees[ci].projectEffect[t])));
    } else {
      b.set(row.room, yc(t), f(`${availableExpr}-(${chain('allowance', t)})`, res.room[t]));
      b.set(row.withheldSum, yc(t), f(chain('withheldUplift', t), sumOf((ci) => res.committees[ci].withheldUpliftKr[t])));
    }
    b.set(row.frameSum, yc(t), f(chain('frame', t), sumOf((ci) => res.committees[ci].frame[t])));
    b.set(row.efficiencyKrSum, yc(t), f(chain('impliedEfficiencyKr', t), sumOf((ci) => res.committees[ci].impliedEfficiencyKr[t])));
  }
  for (const r of [row.resultShare, row.rollingShare, row.targetLine]) pct(r);
  b.conditionalFormats.push(closeMissFormat(range(row.rollingShare, FIRST_YEAR_COLUMN, 1, H), cellA1(row.rollingShare, FIRST_YEAR_COLUMN, false), T));
  for (const r of [row.rollingComplete, row.targetMet]) {
    b.format(range(r, BASE_YEAR_COLUMN, 1, H + 1), GENERAL);
    b.style(range(r, FIRST_YEAR_COLUMN, 1, H), 'centered');
  }
  b.style(range(row.netCost, 0, 1, FIRST_YEAR_COLUMN + H), 'total');
  b.style(range(row.result, 0, 1, FIRST_YEAR_COLUMN + H), 'result');
  b.style(range(row.rollingComplete, 0, 1, FIRST_YEAR_COLUMN + H), 'muted');
  // The plan's verdict by the page's rule, as the solver and the pane judge it: the target met in
  // every plan year whose window is complete, or in every plan year when none is.
  const complete = rangeA1(range(row.rollingComplete, FIRST_YEAR_COLUMN, 1, H), true);
  const met = rangeA1(range(row.targetMet, FIRST_YEAR_COLUMN, 1, H), true);
  b.set(
    row.targetMetPlan,
    FIRST_YEAR_COLUMN,
    f(
      `IF(COUNTIF(${complete},"${yes}")=0,IF(COUNTIF(${met},"${no}")=0,"${yes}","${no}"),IF(COUNTIFS(${complete},"${yes}",${met},"${no}")=0,"${yes}","${no}"))`,
      meetsTarget(res) ? yes : no,
    ),
  );
  b.format(range(row.targetMetPlan, FIRST_YEAR_COLUMN), GENERAL);
  b.style(range(row.targetMetPlan, FIRST_YEAR_COLUMN), 'centered');
  for (const [equals, style] of [[yes, 'good'], [no, 'bad']] as const) b.conditionalFormats.push({ range: range(row.targetMetPlan, FIRST_YEAR_COLUMN), equals, style });
  b.conditionalFormats.push({ range: range(row.targetMet, FIRST_YEAR_COLUMN, 1, H), equals: yes, style: 'good' });
  b.conditionalFormats.push({ range: range(row.targetMet, FIRST_YEAR_COLUMN, 1, H), equals: no, style: 'bad' });

  /** The rolling window of plan year y: history cells for years up to the base year, this sheet's cells after. */
  function rollingFormula(y: number): string {
    const pairs: [string, string][] = [];
    for (let w = y - rs.windowBack; w <= y + rs.windowForward - 1; w++) {
      if (w <= model.baseYear) {
        const rev = cells.history(w, 'revenue');
        const resu = cells.history(w, 'result');
        if (rev && resu) pairs.push([resu, rev]);
      } else if (w - res.years[0] < H) {
        const t = w - res.years[0];
        pairs.push([at(row.result, t), at(row.revenue, t)]);
      }
    }
    if (rs.measure === 'ratioOfSums') return `(${pairs.map((p) => p[0]).join('+')})/(${pairs.map((p) => p[1]).join('+')})`;
    return `AVERAGE(${pairs.map((p) => `${p[0]}/${p[1]}`).join(',')})`;
  }

  // ---- Committees
  section(committeesSection, L('committeesSection'));
  const frameRow = new Map<string, number>();
  res.committees.forEach((cr, ci) => {
    const c = model.committees[ci];
    const rc = rs.committees[ci];
    const r = (name: CommitteeRow) => crow(ci, name);
    frameRow.set(c.id, r('frame'));
    b.set(r('header'), LABEL_COLUMN, `${c.id} – ${c.name}`);
    b.style(range(r('header'), 0, 1, FIRST_YEAR_COLUMN + H), 'committee');
    for (const name of namesOf(c)) if (name !== 'header') labelRow(r(name), L(name));

    const cySource = (t: number, key: string): string | undefined =>
      (S && cells.scenarioCommitteeYear(S, c.id, res.years[t], key)) || cells.committeeYear(c.id, res.years[t], key);
    // The labour share in the base-year column of its own row: the uplift and FTE rows read it there,
    // so their formulas are alike in every committee's block.
    b.set(r('labourShare'), BASE_YEAR_COLUMN, f(`${cells.committee(c.id, 'labourShare')}`, rc.labourShare));
    const labour = `$${columnLetter(BASE_YEAR_COLUMN)}${r('labourShare') + 1}`;
    const ruleRef = (key: RuleKey): string | null => ruleSource(model, scenario, input.isBase, cells, c, key);
    const N = rc.rule.repaymentYears;

    for (let t = 0; t < H; t++) {
      const F0 = at(r('prevFrame'), t);
      const U = at(r('fullUplift'), t);
      const prevFrame = t === 0 ? rc.frame0 : cr.baseFrame[t - 1];
      // Last year's frame before projects: project effects last one year only and never carry forward.
      b.set(r('prevFrame'), yc(t), f(t === 0 ? `${cells.committee(c.id, 'frame')}` : at(r('baseFrame'), t - 1), prevFrame));
      b.set(r('fullUplift'), yc(t), f(`${labour}*${atFixedRow(row.wageIncrease, t)}+(1-${labour})*${atFixedRow(row.priceIncrease, t)}`, cr.fullUplift[t]));
      // Demography: a committee-year value wins; else the committee's weighted population, else 0.
      const d = cySource(t, 'demography');
      if (d) b.set(r('demographyRate'), yc(t), f(d, cr.demography[t]));
      else if (hasWeights(c)) {
        const wp = (tt: number) => at(r('weightedPopulation'), tt);
        b.set(r('demographyRate'), yc(t), f(`IF(${wp(t - 1)}=0,0,${wp(t)}/${wp(t - 1)}-1)`, cr.demography[t]));
      } else b.set(r('demographyRate'), yc(t), 0);
      const dr = at(r('demographyRate'), t);
      b.set(r('demography'), yc(t), f(`${dr}*${F0}`, cr.demographyKr[t]));
      const i = cySource(t, 'initiative');
      b.set(r('initiative'), yc(t), i ? f(i, cr.initiative[t]) : 0);
      const own = projectRows?.projects.filter((p) => p.committee === c.id) ?? [];
      b.set(r('projectEffect'), yc(t), own.length ? f(plusChain(own.map((p) => at(p.effect, t))), cr.projectEffect[t]) : 0);
      const p = at(r('projectEffect'), t);

      if (revenueMode) {
        b.set(r('weight'), yc(t), f(`${F0}*(1+${dr})`, prevFrame * (1 + cr.demography[t])));
        const share = `IF(${atFixedRow(row.weightSum, t)}=0,0,${at(r('weight'), t)}/${atFixedRow(row.weightSum, t)})`;
        b.set(r('frame'), yc(t), f(`(${atFixedRow(row.available, t)}-${atFixedRow(row.initiativeSum, t)})*${share}+${at(r('initiative'), t)}+${p}`, cr.frame[t]));
        b.set(r('baseFrame'), yc(t), f(`${at(r('frame'), t)}-${p}`, cr.baseFrame[t]));
      } else {
        const e = cySource(t, 'efficiency') ?? atFixedRow(row.efficiency, t);
        const k = cySource(t, 'compensation') ?? atFixedRow(row.compensation, t);
        b.set(r('grantedUplift'), yc(t), f(`${k}*${U}*${F0}`, cr.grantedUpliftKr[t]));
        b.set(r('withheldUplift'), yc(t), f(`(1-${k})*${U}*${F0}`, cr.withheldUpliftKr[t]));
        b.set(r('explicitEfficiency'), yc(t), f(`${e}*${F0}`, cr.explicitEfficiencyKr[t]));
        b.set(r('baseFrame'), yc(t), f(`${F0}+${at(r('grantedUplift'), t)}-${at(r('explicitEfficiency'), t)}+${at(r('demography'), t)}+${at(r('initiative'), t)}`, cr.baseFrame[t]));
        b.set(r('frame'), yc(t), f(`${at(r('baseFrame'), t)}+${p}`, cr.frame[t]));
      }
      const frame = at(r('frame'), t);
      b.set(r('impliedEfficiencyKr'), yc(t), f(`${F0}*(1+${U})+${at(r('demography'), t)}+${at(r('initiative'), t)}+${p}-${frame}`, cr.impliedEfficiencyKr[t]));
      b.set(r('impliedEfficiency'), yc(t), f(`IF(${F0}=0,0,${at(r('impliedEfficiencyKr'), t)}/${F0})`, cr.impliedEfficiency[t]));
      const cpf = cells.committee(c.id, 'costPerFte');
      if (c.costPerFte !== undefined && cpf) {
        b.set(r('efficiencyFte'), yc(t), f(`${at(r('impliedEfficiency'), t)}*${F0}*${labour}/${cpf}`, cr.efficiencyFte[t]));
      }

      // Carry-in: last year's surplus, plus an equal part of each deficit still being repaid.
      let carryIn: CellContent;
      if (t === 0) {
        const opening = cells.committee(c.id, 'openingCarryIn');
        carryIn = opening ? f(opening, cr.carryIn[0]) : 0;
      } else {
        const repay: string[] = [];
        for (let j = 1; j <= Math.min(t, N); j++) repay.push(`MIN(${at(r('carried'), t - j)},0)`);
        carryIn = f(`MAX(${at(r('carried'), t - 1)},0)+(${repay.join('+')})/${N}`, cr.carryIn[t]);
      }
      b.set(r('carryIn'), yc(t), carryIn);
      b.set(r('allowance'), yc(t), f(`${frame}+${at(r('carryIn'), t)}`, cr.allowance[t]));
      const dev = cySource(t, 'deviation');
      const allowance = at(r('allowance'), t);
      b.set(r('committeeNetCost'), yc(t), f(dev ? `${allowance}*(1+${dev})` : allowance, cr.netCost[t]));
      const O = at(r('outcome'), t);
      b.set(r('outcome'), yc(t), f(`${allowance}-${at(r('committeeNetCost'), t)}`, cr.outcome[t]));
      const sc = ruleRef('surplusCap');
      const dc = ruleRef('deficitCap');
      const surplus = sc ? `MIN(${ruleRef('surplusShare')}*${O},${sc}*MAX(${frame},0))` : `${ruleRef('surplusShare')}*${O}`;
      const deficit = dc ? `MIN(${ruleRef('deficitShare')}*(-${O}),${dc}*MAX(${frame},0))` : `${ruleRef('deficitShare')}*(-${O})`;
      b.set(r('carried'), yc(t), f(`IF(${O}>0,${surplus},IF(${O}<0,-${deficit},0))`, cr.carried[t]));
    }
    // What falls after the horizon: the last surplus, and deficit parts due after the last plan year.
    const past: string[] = [`MAX(${at(r('carried'), H - 1)},0)`];
    for (let t = 0; t < H; t++) {
      const partsPast = Math.min(N, Math.max(0, t + N - (H - 1)));
      if (partsPast > 0) past.push(`MIN(${at(r('carried'), t)},0)*${partsPast}/${N}`);
    }
    b.set(r('outstanding'), yc(H - 1), f(past.join('+'), cr.outstanding));

    for (const name of ['labourShare', 'fullUplift', 'impliedEfficiency', 'demographyRate'] as const) pct(r(name), RATE);
    if (hasWeights(c)) {
      // The weighted population: the committee's weights times the population block's counts.
      const weights = c.demographyWeights ?? [];
      const used = new Map<string, number>();
      const terms = weights.map((w) => {
        const k = used.get(w.group) ?? 0;
        used.set(w.group, k + 1);
        return { ref: cells.weight(c.id, w.group)[k], row: populationRows?.group.get(w.group), w };
      });
      const years = [model.baseYear, ...res.years];
      years.forEach((year, k) => {
        const t = k - 1;
        const value = weights.reduce((s, w) => s + w.weight * (model.population ?? []).filter((p) => p.year === year && p.group === w.group).reduce((a, p) => a + p.count, 0), 0);
        const expr = plusChain(terms.filter((x) => x.ref && x.row !== undefined).map((x) => `${x.ref}*${at(x.row!, t)}`));
        b.set(r('weightedPopulation'), yc(t), f(expr, value));
      });
      pct(r('weightedPopulation'), INTEGER);
    }
    if (c.costPerFte !== undefined) pct(r('efficiencyFte'), '0.0');
    if (revenueMode) pct(r('weight'), amount);
    b.style(range(r('frame'), 0, 1, FIRST_YEAR_COLUMN + H), 'total');
    b.style(range(r('outstanding'), 0, 1, FIRST_YEAR_COLUMN + H), 'muted');
  });

  // ---- The long-term plan and the balance requirement
  if (projectRows) writeProjects(ctx, projectRows);
  if (investmentRows) writeInvestments(ctx, investmentRows);
  if (populationRows) writePopulation(ctx, populationRows);
  writeFinancing(ctx, financingRows, {
    ...(investmentRows ? { investmentTotal: investmentRows.total, depreciationTotal: investmentRows.depreciationTotal } : {}),
    result: row.result,
    financialNet: row.financialNet,
    netCost: row.netCost,
    ...(populationRows ? { population: populationRows.total } : {}),
  });
  writeBalance(ctx, balanceRows, { result: row.result, revenue: row.revenue });

  // ---- Charts (the Office.js renderer draws them natively)
  const chartColumn = FIRST_YEAR_COLUMN + H + 1;
  const categories = { sheet: b.name, range: range(SCENARIO_HEADER_ROW, FIRST_YEAR_COLUMN, 1, H) };
  b.charts.push({
    kind: 'line',
    title: L('chartResultShare'),
    categories,
    series: [
      { name: L('resultShare'), sheet: b.name, values: range(row.resultShare, FIRST_YEAR_COLUMN, 1, H) },
      { name: L('rollingShare'), sheet: b.name, values: range(row.rollingShare, FIRST_YEAR_COLUMN, 1, H) },
      { name: L('targetLine'), sheet: b.name, values: range(row.targetLine, FIRST_YEAR_COLUMN, 1, H) },
    ],
    anchor: range(SCENARIO_HEADER_ROW, chartColumn, 16, 8),
    valueAxisFormat: PERCENT,
  });
  if (nC <= 12) {
    b.charts.push({
      kind: 'columnClustered',
      title: L('chartFrames'),
      categories,
      series: res.committees.map((c, ci) => ({ name: model.committees[ci].name, sheet: b.name, values: range(crow(ci, 'frame'), FIRST_YEAR_COLUMN, 1, H) })),
      anchor: range(SCENARIO_HEADER_ROW + 17, chartColumn, 18, 8),
      valueAxisFormat: amount,
    });
  }

  // Amounts by default, first, so that the percent rows' formats above win (later formats win).
  b.formats.unshift({ range: range(row.leversSection, BASE_YEAR_COLUMN, b.rowCount - row.leversSection, H + 1), format: amount });
  b.columnWidth(LABEL_COLUMN, 42);
  for (let c = BASE_YEAR_COLUMN; c < FIRST_YEAR_COLUMN + H; c++) b.columnWidth(c, 12);
  b.frozen = { rows: SCENARIO_HEADER_ROW + 1, columns: 1 };
  b.tabColor = input.isBase ? TAB_COLORS.base : TAB_COLORS.scenario;

  return {
    sheet: b.build(),
    anchors: {
      sheet: b.name,
      headerRow: SCENARIO_HEADER_ROW,
      rows: {
        result: row.result,
        resultShare: row.resultShare,
        rollingShare: row.rollingShare,
        targetMet: row.targetMet,
        target: row.target,
        room: row.room,
        efficiencyKrSum: row.efficiencyKrSum,
        ...(revenueMode ? {} : { withheldSum: row.withheldSum }),
        balanceMet: balanceRows.balanceMet,
        selfFinancingRatio: financingRows.selfFinancingRatio,
        debt: financingRows.debt,
      },
      frameRow,
    },
  };
}

/**
 * The cell (or setting name) that supplies a committee's carry-over key in this scenario, or null
 * when that key is "no cap". Precedence: the committee's own key, then the scenario's default, then
 * the model's default.
 */
function ruleSource(model: Model, scenario: Scenario, isBase: boolean, cells: InputCells, committee: Committee, key: RuleKey): string | null {
  const id = committee.id;
  const own: Partial<CarryOverRule> | undefined = committee.carryOver;
  if (own && own[key] !== undefined) return own[key] === null ? null : cells.committee(id, key)!;
  const scen = isBase ? undefined : scenario.overrides.carryOver;
  if (scen && scen[key] !== undefined) return scen[key] === null ? null : cells.scenario(scenario.name, key)!;
  return model.carryOver[key] === null ? null : settingName(key);
}
