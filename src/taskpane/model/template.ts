/**
 * The empty template: a small, valid model with round placeholder figures, for a finance officer
 * who starts from their own municipality. They replace the figures in the workbook's input tables
 * and read the model back.
 */
import { DEFAULT_CARRY_OVER, Language, Model, PlanYear } from '../../engine/types';
import { MODEL_DEFAULTS } from '../../model-file/defaults';

export interface TemplateOptions {
  name: string;
  language: Language;
  /** The base year Y0 (this year's budget); plan years follow it. */
  baseYear: number;
  horizon?: number;
}

const COMMITTEES: Record<Language, [string, string][]> = {
  sv: [
    ['KS', 'Kommunstyrelsen'],
    ['BUN', 'Barn- och utbildningsnämnden'],
    ['SN', 'Socialnämnden'],
  ],
  en: [
    ['EXEC', 'Executive committee'],
    ['EDU', 'Education committee'],
    ['SOC', 'Social services committee'],
  ],
};

export function templateModel(options: TemplateOptions): Model {
  const horizon = options.horizon ?? 4;
  const years: PlanYear[] = Array.from({ length: horizon }, (_, t) => ({
    year: options.baseYear + 1 + t,
    taxBaseGrowth: 0.03,
    taxRate: 21,
    grants: 200,
    wageIndex: 0.03,
    priceIndex: 0.02,
    financialNet: 0,
    centralCosts: 50,
    efficiency: 0.01,
    compensation: 0.5,
  }));
  return {
    schemaVersion: 1,
    name: options.name.trim(),
    unit: 'mnkr',
    language: options.language,
    baseYear: options.baseYear,
    horizon,
    taxBase: 4000,
    taxRate: 21,
    target: 0.02,
    windowBack: MODEL_DEFAULTS.windowBack,
    windowForward: MODEL_DEFAULTS.windowForward,
    measure: MODEL_DEFAULTS.measure,
    frameMode: MODEL_DEFAULTS.frameMode,
    carryOver: { ...DEFAULT_CARRY_OVER },
    history: [],
    years,
    committees: COMMITTEES[options.language].map(([id, name], i) => ({
      id,
      name,
      frame: [150, 450, 350][i],
      labourShare: 0.6,
    })),
    committeeYears: [],
    scenarios: [],
  };
}
