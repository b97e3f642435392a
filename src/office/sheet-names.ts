/**
 * The names Budgetsim's sheets get when no user sheet is in the way, for the WriteReport's
 * keptUserSheets: the user's sheets whose names the layout had to avoid. The layout itself picks
 * the names actually written (describeWorkbook's reservedSheetNames).
 */
import { allScenarios } from '../engine/run';
import { Language, Model } from '../engine/types';
import { INPUT_SHEET_NAMES } from '../workbook/input-tables';
import { INPUT_SHEET_IDS } from '../workbook/layout/inputs';
import { label } from '../workbook/layout/labels';
import { uniqueSheetNames } from '../workbook/layout/sheet-names';

export function intendedSheetNames(model: Model, language: Language): string[] {
  const risk = model.uncertainty ? [label('risk', language)] : [];
  const fixed = uniqueSheetNames([label('comparison', language), ...INPUT_SHEET_IDS.map((id) => INPUT_SHEET_NAMES[id][language]), ...risk], []);
  const scenarios = allScenarios(model).map((s, i) => (i === 0 ? label('base', language) : s.name));
  return [...fixed, ...uniqueSheetNames(scenarios, fixed)];
}
