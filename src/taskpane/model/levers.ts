/**
 * A scenario's levers as the pane shows them (target, frame mode, and per year the efficiency
 * requirement, compensation share and tax rate; a version 2 model also the interest rate per year
 * and, for a scenario, the investment volume), and how an edited lever goes back into the model.
 * Scenario index 0 is the base: its levers are the model's own values.
 */
import { resolveScenario, scenarioYears } from '../../engine/resolve';
import { BASE_SCENARIO_NAME, FrameMode, Model, PlanYearOverride, Scenario } from '../../engine/types';
import { label } from '../../workbook/layout/labels';

export interface YearLevers {
  year: number;
  efficiency: number;
  compensation: number;
  taxRate: number;
  /** Version 2 only: the average interest rate on the net debt (absent for a version 1 model, which has none). */
  interestRate?: number;
}

export interface ScenarioLevers {
  target: number;
  frameMode: FrameMode;
  years: YearLevers[];
  /**
   * The factor on every spend of the scenario ("investment volume 100 %"); null where the model file
   * has no such value: a version 1 model, and the base, whose spend is the investments as listed.
   */
  investmentScale: number | null;
}

export type YearLeverKey = 'efficiency' | 'compensation' | 'taxRate' | 'interestRate';

export type LeverEdit =
  | { kind: 'target'; value: number }
  | { kind: 'frameMode'; value: FrameMode }
  | { kind: 'year'; year: number; key: YearLeverKey; value: number }
  | { kind: 'investmentScale'; value: number };

/** The base (index 0) followed by the model's scenarios. */
export function scenarioAt(model: Model, index: number): Scenario {
  if (index === 0) return { name: BASE_SCENARIO_NAME, overrides: {} };
  const s = model.scenarios[index - 1];
  if (!s) throw new RangeError(`no scenario ${index}`);
  return s;
}

export function scenarioCount(model: Model): number {
  return model.scenarios.length + 1;
}

/** A version 2 model: the only kind whose file may hold interest rates, investments and the balance requirement's reserve. */
export function isVersion2(model: Model): boolean {
  return model.schemaVersion === 2;
}

/** Whether scenario `index` has any investment whose volume a scale could change. */
export function hasInvestments(model: Model, index: number): boolean {
  if (!isVersion2(model)) return false;
  return resolveScenario(model, scenarioAt(model, index)).investments.length > 0;
}

export function scenarioLevers(model: Model, index: number): ScenarioLevers {
  const scenario = scenarioAt(model, index);
  const resolved = resolveScenario(model, scenario);
  const rows = scenarioYears(model, scenario.overrides);
  const v2 = isVersion2(model);
  return {
    target: resolved.target,
    frameMode: resolved.frameMode,
    years: rows.map((row, t) => ({
      year: row.year,
      efficiency: row.efficiency,
      compensation: row.compensation,
      taxRate: resolved.taxRate[t],
      ...(v2 ? { interestRate: resolved.interestRate[t] } : {}),
    })),
    investmentScale: v2 && index > 0 ? resolved.investmentScale : null,
  };
}

function withYearRow(rows: PlanYearOverride[] | undefined, year: number, key: YearLeverKey, value: number): PlanYearOverride[] {
  const list = (rows ?? []).map((r) => ({ ...r }));
  const row = list.find((r) => r.year === year);
  if (row) row[key] = value;
  else list.push({ year, [key]: value });
  return list.sort((a, b) => a.year - b.year);
}

function editBase(model: Model, edit: LeverEdit): Model {
  switch (edit.kind) {
    case 'target':
      return { ...model, target: edit.value };
    case 'frameMode':
      return { ...model, frameMode: edit.value };
    case 'year':
      return { ...model, years: model.years.map((y) => (y.year === edit.year ? { ...y, [edit.key]: edit.value } : y)) };
    case 'investmentScale':
      // The model file allows investmentScale only in a scenario's overrides (see the model definition).
      throw new RangeError('the base has no investment scale: its spend is the investments as listed');
  }
}

function editScenario(scenario: Scenario, edit: LeverEdit): Scenario {
  const o = scenario.overrides;
  switch (edit.kind) {
    case 'target':
      return { ...scenario, overrides: { ...o, target: edit.value } };
    case 'frameMode':
      return { ...scenario, overrides: { ...o, frameMode: edit.value } };
    case 'year':
      return { ...scenario, overrides: { ...o, years: withYearRow(o.years, edit.year, edit.key, edit.value) } };
    case 'investmentScale':
      return { ...scenario, overrides: { ...o, investmentScale: edit.value } };
  }
}

/** The model with one lever of scenario `index` changed; the input model is not modified. */
export function applyLever(model: Model, index: number, edit: LeverEdit): Model {
  if (index === 0) return editBase(model, edit);
  scenarioAt(model, index);
  return {
    ...model,
    scenarios: model.scenarios.map((s, i) => (i === index - 1 ? editScenario(s, edit) : s)),
  };
}

/**
 * The base scenario's name as the workbook writes it on its sheet tab, in the model's language
 * ("Bas" for a Swedish model, also in the English pane), so the pane and the tab say the same.
 */
export function baseDisplayName(model: Model): string {
  return label('base', model.language ?? 'sv');
}

/** A scenario's name as the pane and the workbook show it: the base by its sheet's name. */
export function scenarioDisplayName(model: Model, index: number): string {
  return index === 0 ? baseDisplayName(model) : scenarioAt(model, index).name;
}
