import { resolveScenario, scenarioYears } from '../../engine/resolve';
import { allScenarios, runModel } from '../../engine/run';
import { BASE_SCENARIO_NAME, Language, Model, RunResult } from '../../engine/types';
import { NamedRange, OWNED_SHEET_NAME_PREFIX, WorkbookDescription } from '../description';
import { range } from '../a1';
import { describeComparisonSheet } from './comparison-sheet';
import { describeInputSheets, inputSheetIds, settingName } from './inputs';
import { INPUT_SHEET_NAMES } from '../input-tables';
import { label } from './labels';
import { describeRiskSheet, RiskSheetInput } from './risk-sheet';
import { describeScenarioSheet } from './scenario-sheet';
import { uniqueSheetNames } from './sheet-names';
import { STYLES } from './styles';
import { PageSetup, SheetDescription } from '../description';

/**
 * Every sheet prints for a meeting: landscape, one page wide, its title and header rows (the
 * frozen ones) on every page, the municipality and the sheet's subject in the header, page n of N
 * and the date in the footer.
 */
function pageSetupFor(sheet: SheetDescription, model: Model, language: Language): PageSetup {
  const titleRows = sheet.frozen && sheet.frozen.rows > 0 ? { first: 0, last: sheet.frozen.rows - 1 } : undefined;
  return {
    orientation: 'landscape',
    fitToWidth: 1,
    ...(titleRows ? { titleRows } : {}),
    header: { left: model.name, right: sheet.role === 'scenario' ? `${label('scenarioTitle', language)}: ${sheet.scenario === undefined ? sheet.name : sheet.scenario === BASE_SCENARIO_NAME ? label('base', language) : sheet.scenario}` : sheet.name },
    footer: { page: true, date: true },
    pageWord: label('printPage', language),
    ofWord: label('printOf', language),
  };
}

export interface DescribeOptions {
  /** Labels' language; the model's `language` (Swedish by default) otherwise. */
  language?: Language;
  /** Results already computed for this model (saves a run). */
  run?: RunResult;
  /** Solver answers by scenario name ("Base" for the base), written as plain values. */
  solved?: Map<string, number | null>;
  /** Names of sheets that are not Budgetsim's (the user's): never reused, compared case-insensitively. */
  reservedSheetNames?: string[];
  /**
   * The risk analysis for the Risk sheet (see riskForWorkbook), written only when the model has an
   * uncertainty block. The caller computes it, with the runs it chooses: at 2 000 runs it costs far
   * more than the rest of the workbook, so describing a workbook never starts one by itself.
   */
  risk?: RiskSheetInput;
}

/**
 * The whole workbook for a validated model: input sheets holding the model as tables, one sheet per
 * scenario (base first) with live formulas, and a comparison sheet.
 */
export function describeWorkbook(model: Model, options: DescribeOptions = {}): WorkbookDescription {
  const language = options.language ?? model.language ?? 'sv';
  const run = options.run ?? runModel(model);
  const scenarios = allScenarios(model);
  const displayNames = scenarios.map((s, i) => (i === 0 ? label('base', language) : s.name));
  // Fixed sheets first, then scenarios: each gets its usual name unless a user's sheet has it.
  const risk = model.uncertainty ? options.risk : undefined;
  const fixedNames = [label('comparison', language), ...inputSheetIds(model).map((id) => INPUT_SHEET_NAMES[id][language]), ...(risk ? [label('risk', language)] : [])];
  const fixed = uniqueSheetNames(fixedNames, options.reservedSheetNames ?? []);
  const riskName = risk ? fixed.pop()! : '';
  const [comparisonName, ...inputNames] = fixed;
  const inputs = describeInputSheets(model, language, inputNames);
  const sheetNames = uniqueSheetNames(displayNames, [...(options.reservedSheetNames ?? []), ...fixed, ...(risk ? [riskName] : [])]);

  const scenarioSheets = scenarios.map((scenario, i) =>
    describeScenarioSheet({
      model,
      scenario,
      resolved: resolveScenario(model, scenario),
      result: run.scenarios[i],
      yearDefaults: scenarioYears(model, scenario.overrides),
      cells: inputs.cells,
      sheetName: sheetNames[i],
      displayName: displayNames[i],
      isBase: i === 0,
      language,
      ...(options.solved?.has(scenario.name) ? { solved: options.solved.get(scenario.name) ?? null } : {}),
    }),
  );
  const comparison = describeComparisonSheet({
    model,
    run,
    anchors: scenarioSheets.map((s) => s.anchors),
    displayNames,
    sheetName: comparisonName,
    language,
    ...(risk ? { risk: { result: risk.result, sheetName: riskName } } : {}),
  });
  const riskSheet = risk
    ? [describeRiskSheet({ model, run, risk, displayNames, sheetName: riskName, inputSheetName: inputNames[0], language }).sheet]
    : [];

  // The Risk sheet sits after the scenario sheets whose figures it simulates, before the inputs.
  const sheets = [comparison, ...scenarioSheets.map((s) => s.sheet), ...riskSheet, ...inputs.sheets].map((s) => ({ ...s, pageSetup: pageSetupFor(s, model, language) }));
  const names: NamedRange[] = [...inputs.settingsRows.entries()].map(([key, at]) => ({
    name: settingName(key),
    sheet: at.sheet,
    range: range(at.row, at.column),
  }));
  sheets.forEach((s, i) => names.push({ name: `${OWNED_SHEET_NAME_PREFIX}${i + 1}`, sheet: s.name, range: range(0, 0) }));
  return { language, sheets, names, styles: STYLES };
}
