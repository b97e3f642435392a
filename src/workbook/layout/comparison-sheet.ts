import { RiskResult } from '../../engine/risk';
import { Language, Model, RunResult } from '../../engine/types';
import { SheetDescription } from '../description';
import { cellA1, range, sheetCell, sheetRange } from '../a1';
import { amountFormat, PERCENT, YEAR } from './formats';
import { f } from './formula';
import { LabelKey, labels } from './labels';
import { closeMissFormat } from './close-miss';
import { filled } from './risk-sheet';
import { BASE_YEAR_COLUMN, FIRST_YEAR_COLUMN, ScenarioSheetAnchors } from './scenario-sheet';
import { SheetBuilder } from './sheet-builder';
import { TAB_COLORS } from './styles';

type Measure = keyof ScenarioSheetAnchors['rows'];

const MEASURES: { key: Measure; label: LabelKey; percent?: boolean; yesNo?: boolean; field: (s: RunResult['scenarios'][number], t: number) => number | boolean | null }[] = [
  { key: 'result', label: 'result', field: (s, t) => s.result[t] },
  { key: 'resultShare', label: 'resultShare', percent: true, field: (s, t) => s.resultShare[t] },
  { key: 'rollingShare', label: 'rollingShare', percent: true, field: (s, t) => s.rollingShare[t] },
  { key: 'targetMet', label: 'targetMet', yesNo: true, field: (s, t) => s.targetMet[t] },
  { key: 'balanceMet', label: 'balanceMet', yesNo: true, field: (s, t) => s.balanceMet[t] },
  { key: 'room', label: 'room', field: (s, t) => s.room[t] },
  { key: 'efficiencyKrSum', label: 'efficiencyKrSum', field: (s, t) => s.committees.reduce((a, c) => a + c.impliedEfficiencyKr[t], 0) },
  { key: 'selfFinancingRatio', label: 'selfFinancingRatio', percent: true, field: (s, t) => s.selfFinancingRatio[t] },
  { key: 'debt', label: 'debt', field: (s, t) => s.debt[t] },
  { key: 'withheldSum', label: 'withheldSum', field: (s, t) => (s.frameMode === 'uplift' ? s.committees.reduce((a, c) => a + (c.withheldUpliftKr[t] ?? 0), 0) : null) },
];

/**
 * Scenarios side by side for politicians: each measure per year, one row per scenario, then every
 * committee's frame in a chosen year with the difference against the base. All formulas point at
 * the scenario sheets, so edits there flow through.
 */
export function describeComparisonSheet(input: {
  model: Model;
  run: RunResult;
  anchors: ScenarioSheetAnchors[];
  displayNames: string[];
  sheetName: string;
  language: Language;
  /** The risk analysis on the Risk sheet: its whole-plan probabilities are shown here as values. */
  risk?: { result: RiskResult; sheetName: string };
}): SheetDescription {
  const { model, run, anchors, displayNames, language } = input;
  const L = labels(language);
  const H = run.scenarios[0].years.length;
  const years = run.scenarios[0].years;
  const amount = amountFormat(model.unit);
  const b = new SheetBuilder(input.sheetName, 'comparison');
  const width = 1 + H;

  b.set(0, 0, `${L('comparisonTitle')}: ${model.name}`);
  b.style(range(0, 0), 'title');
  b.set(1, 0, `${L('amountsIn')} ${model.unit}`);
  b.style(range(1, 0), 'subtitle');
  b.set(2, 0, L('comparisonNote'));
  b.style(range(2, 0), 'note');
  const chosenYearRow = 3;
  b.set(chosenYearRow, 0, L('chosenYear'));
  b.set(chosenYearRow, 1, years[H - 1]);
  b.style(range(chosenYearRow, 1), 'input');
  b.format(range(chosenYearRow, 1), YEAR);
  b.validations.push({ range: range(chosenYearRow, 1), values: years });

  let r = chosenYearRow + 2;
  const blockRows = new Map<Measure, number>();
  for (const m of MEASURES) {
    b.set(r, 0, L(m.label));
    years.forEach((y, t) => b.set(r, 1 + t, y));
    b.style(range(r, 0, 1, width), 'header');
    b.format(range(r, 1, 1, H), YEAR);
    blockRows.set(m.key, r + 1);
    run.scenarios.forEach((s, si) => {
      const a = anchors[si];
      const row = r + 1 + si;
      b.set(row, 0, displayNames[si]);
      const sourceRow = a.rows[m.key];
      for (let t = 0; t < H; t++) {
        const v = m.field(s, t);
        const cached = m.yesNo ? (v ? L('yes') : L('no')) : v;
        // A measure a scenario does not have (withheld uplift under revenue-driven frames) reads "–", not blank.
        b.set(row, 1 + t, sourceRow === undefined ? '\u2013' : f(sheetCell(a.sheet, sourceRow, FIRST_YEAR_COLUMN + t, false), cached));
      }
    });
    const body = range(r + 1, 1, run.scenarios.length, H);
    if (m.yesNo) {
      b.conditionalFormats.push({ range: body, equals: L('yes'), style: 'good' });
      b.conditionalFormats.push({ range: body, equals: L('no'), style: 'bad' });
      b.style(body, 'centered');
    } else b.format(body, m.percent ? PERCENT : amount);
    if (m.key === 'rollingShare') {
      // Each scenario against its own target, on its own sheet (close-miss.ts).
      run.scenarios.forEach((_, si) => {
        const target = sheetCell(anchors[si].sheet, anchors[si].rows.target, BASE_YEAR_COLUMN, true);
        b.conditionalFormats.push(closeMissFormat(range(r + 1 + si, 1, 1, H), cellA1(r + 1 + si, 1, false), target));
      });
    }
    r += run.scenarios.length + 2;
  }

  // Frames in the chosen year: INDEX/MATCH on each scenario sheet's year header, so changing the
  // chosen year recalculates the whole block.
  const chosen = cellA1(chosenYearRow, 1, true);
  b.set(r, 0, f(`"${L('framesInYear').replace(/"/g, '""')} "&${chosen}`, `${L('framesInYear')} ${years[H - 1]}`));
  b.style(range(r, 0), 'section');
  r += 1;
  const header: string[] = [L('committee'), displayNames[0]];
  for (let si = 1; si < run.scenarios.length; si++) header.push(displayNames[si], `${displayNames[si]}: ${L('difference')}`);
  b.setRow(r, 0, header);
  b.style(range(r, 0, 1, header.length), 'header');
  const frameCell = (si: number, id: string) => {
    const a = anchors[si];
    const row = a.frameRow.get(id)!;
    const values = sheetRange(a.sheet, range(row, FIRST_YEAR_COLUMN, 1, H));
    const head = sheetRange(a.sheet, range(a.headerRow, FIRST_YEAR_COLUMN, 1, H));
    return `INDEX(${values},MATCH(${chosen},${head},0))`;
  };
  const firstCommitteeRow = r + 1;
  model.committees.forEach((c, ci) => {
    const row = firstCommitteeRow + ci;
    b.set(row, 0, `${c.id} – ${c.name}`);
    const baseFrame = run.scenarios[0].committees[ci].frame[H - 1];
    b.set(row, 1, f(frameCell(0, c.id), baseFrame));
    for (let si = 1; si < run.scenarios.length; si++) {
      const col = 2 * si;
      const v = run.scenarios[si].committees[ci].frame[H - 1];
      b.set(row, col, f(frameCell(si, c.id), v));
      b.set(row, col + 1, f(`${cellA1(row, col)}-${cellA1(row, 1)}`, v - baseFrame));
    }
  });
  const totalRow = firstCommitteeRow + model.committees.length;
  b.set(totalRow, 0, L('total'));
  const totals = run.scenarios.map((s) => s.committees.reduce((a, c) => a + c.frame[H - 1], 0));
  for (let col = 1; col < header.length; col++) {
    // Column 1 is the base; then each scenario's frames (even columns) and its difference (odd).
    const si = Math.floor(col / 2);
    const cached = col === 1 ? totals[0] : col % 2 === 0 ? totals[si] : totals[si] - totals[0];
    b.set(totalRow, col, f(`SUM(${cellA1(firstCommitteeRow, col)}:${cellA1(totalRow - 1, col)})`, cached));
  }
  b.style(range(totalRow, 0, 1, header.length), 'total');
  b.format(range(firstCommitteeRow, 1, model.committees.length + 1, header.length - 1), amount);
  if (input.risk) riskRows(b, input.risk, run, displayNames, totalRow + 2, language);

  const resultRow = blockRows.get('result')!;
  b.charts.push({
    kind: 'columnClustered',
    title: L('chartResults'),
    categories: { sheet: b.name, range: range(resultRow - 1, 1, 1, H) },
    series: run.scenarios.map((_, si) => ({ name: displayNames[si], sheet: b.name, values: range(resultRow + si, 1, 1, H) })),
    anchor: range(chosenYearRow, Math.max(width, header.length) + 1, 18, 9),
    valueAxisFormat: amount,
  });

  b.columnWidth(0, 40);
  for (let c = 1; c < Math.max(width, header.length); c++) b.columnWidth(c, 14);
  b.frozen = { rows: chosenYearRow + 1, columns: 1 };
  b.tabColor = TAB_COLORS.comparison;
  return b.build();
}

/**
 * The whole plan's probabilities per scenario, from the Risk sheet's simulation: values, since Excel
 * cannot recalculate a simulation; the note names the sheet that says how it was made.
 */
function riskRows(b: SheetBuilder, risk: { result: RiskResult; sheetName: string }, run: RunResult, displayNames: string[], top: number, language: Language): void {
  const L = labels(language);
  b.setRow(top, 0, [L('comparisonRisk'), L('pTargetMet'), L('pBalanceMet')]);
  b.style(range(top, 0, 1, 3), 'header');
  const byName = new Map(risk.result.scenarios.map((s) => [s.name, s]));
  let row = top + 1;
  run.scenarios.forEach((s, si) => {
    const r = byName.get(s.name);
    if (!r) return;
    b.setRow(row, 0, [displayNames[si], r.pTargetMetAll, r.pBalanceMetAll]);
    row++;
  });
  b.format(range(top + 1, 1, row - top - 1, 2), PERCENT);
  b.set(row, 0, filled(L('comparisonRiskNote'), { sheet: risk.sheetName }));
  b.style(range(row, 0), 'note');
}
