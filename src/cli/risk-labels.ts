import { Language, UncertainInput } from '../engine';
import { uncertainInputWords } from '../workbook/input-tables';

/** What the risk report says, in each language the model file can name (the rest is in labels.ts). */
export interface RiskLabels {
  header(runs: string, seed: string): string;
  simulationNote: string;
  inputsLine(inputs: string): string;
  /** An uncertain input with its yearly sd and persistence, for the header's list. */
  inputSpread(input: UncertainInput, sd: string, persistence: string): string;
  inputName: Record<UncertainInput, string>;
  bandCaption(target: string): string;
  rollingP(p: string): string;
  pTargetMet: string;
  pBalanceMet: string;
  targetAll(p: string): string;
  /** When no plan year has a complete window: the target is judged in every plan year. */
  targetAllPlanYears(p: string): string;
  balanceAll(p: string): string;
  tornadoTitle(year: number, incomplete: boolean): string;
  tornadoInput: string;
  tornadoLow: string;
  tornadoHigh: string;
  tornadoSwing: string;
  tornadoNote: string;
  comparisonTitle: string;
  scenario: string;
  comparisonTargetAll: string;
  comparisonBalanceAll: string;
  comparisonNote: string;
  progress: string;
}

// The inputs' words are the workbook's and the pane's: one list (src/workbook/input-tables.ts).
const inputSv = uncertainInputWords('sv');
const inputEn = uncertainInputWords('en');

/** The same example in both languages' messages: what an uncertainty block looks like. */
const EXAMPLE_BLOCK = '"uncertainty": {"inputs": [{"input": "taxBaseGrowth", "sd": 0.01, "persistence": 0.5}]}';

const sv: RiskLabels = {
  header: (runs, seed) => `Riskanalys: ${runs} simulerade utfall, frö ${seed}.`,
  simulationNote:
    'Siffrorna är en simulering (Monte Carlo) av de osäkra antagandena, inte en prognos: varje utfall drar nya värden för dem och räknar om planen. Samma frö ger samma siffror.',
  inputsLine: (inputs) => `Osäkra antaganden, standardavvikelse per år (beständighet): ${inputs}.`,
  inputSpread: (input, sd, r) =>
    `${inputSv[input].toLocaleLowerCase('sv')} ${sd}${input === 'grants' ? ' av beloppet' : ''} (${r})`,
  inputName: inputSv,
  bandCaption: (t) => `Rullande resultat % i utfallen (5:e, 50:e och 95:e percentilen) mot resultatmålet ${t}`,
  rollingP: (p) => `Rullande %, ${p}`,
  pTargetMet: 'P(mål nått)',
  pBalanceMet: 'P(balanskrav)',
  targetAll: (p) => `Målet nås alla år med fullständigt fönster i ${p} av utfallen.`,
  targetAllPlanYears: (p) => `Målet nås alla planår i ${p} av utfallen (inget planår har fullständigt fönster).`,
  balanceAll: (p) => `Balanskravet uppfylls alla år i ${p} av utfallen.`,
  tornadoTitle: (y, incomplete) =>
    `Tornado: rullande resultat % ${y}${incomplete ? '*' : ''} med en osäker indata i taget på värde - sd och värde + sd alla år`,
  tornadoInput: 'Osäker indata',
  tornadoLow: 'Värde - sd',
  tornadoHigh: 'Värde + sd',
  tornadoSwing: 'Utslag, procentenheter',
  tornadoNote:
    'Störst utslag först. Året är det sista planåret med fullständigt fönster (det sista planåret om inget har det). För statsbidragen är sd en andel av beloppet.',
  comparisonTitle: 'Jämförelse av scenarierna: sannolikheter i utfallen',
  scenario: 'Scenario',
  comparisonTargetAll: 'P(mål nått alla år)',
  comparisonBalanceAll: 'P(balanskrav alla år)',
  comparisonNote:
    'Alla scenarier möter samma dragningar (gemensamma slumptal), så skillnaderna mellan dem beror på politiken, inte på slumpen. "Mål nått" gäller alla planår med fullständigt fönster, "balanskrav" alla planår.',
  progress: 'Riskanalys',
};

const en: RiskLabels = {
  header: (runs, seed) => `Risk analysis: ${runs} simulated outcomes, seed ${seed}.`,
  simulationNote:
    'The figures are a simulation (Monte Carlo) of the uncertain assumptions, not a forecast: each outcome draws new values for them and recomputes the plan. The same seed gives the same figures.',
  inputsLine: (inputs) => `Uncertain assumptions, standard deviation per year (persistence): ${inputs}.`,
  inputSpread: (input, sd, r) => `${inputEn[input].toLocaleLowerCase('en')} ${sd}${input === 'grants' ? ' of the amount' : ''} (${r})`,
  inputName: inputEn,
  bandCaption: (t) => `Rolling result % in the outcomes (5th, 50th and 95th percentile) against the surplus target ${t}`,
  rollingP: (p) => `Rolling %, ${p}`,
  pTargetMet: 'P(target met)',
  pBalanceMet: 'P(balance met)',
  targetAll: (p) => `The target is met in every year with a complete window in ${p} of the outcomes.`,
  targetAllPlanYears: (p) => `The target is met in every plan year in ${p} of the outcomes (no plan year has a complete window).`,
  balanceAll: (p) => `The balance requirement is met in every year in ${p} of the outcomes.`,
  tornadoTitle: (y, incomplete) =>
    `Tornado: rolling result % ${y}${incomplete ? '*' : ''} with one uncertain input at a time at value - sd and value + sd in every year`,
  tornadoInput: 'Uncertain input',
  tornadoLow: 'Value - sd',
  tornadoHigh: 'Value + sd',
  tornadoSwing: 'Swing, percentage points',
  tornadoNote:
    'Widest swing first. The year is the last plan year with a complete window (the last plan year if none has one). For grants the sd is a share of the amount.',
  comparisonTitle: 'Scenarios compared: probabilities over the outcomes',
  scenario: 'Scenario',
  comparisonTargetAll: 'P(target met every year)',
  comparisonBalanceAll: 'P(balance met every year)',
  comparisonNote:
    'Every scenario meets the same draws (common random numbers), so the differences between them come from the policy, not from chance. "Target met" covers every plan year with a complete window, "balance met" every plan year.',
  progress: 'Risk analysis',
};

/** The refusal of a model without an uncertainty block, in English and Swedish as every problem has it. */
export const NO_UNCERTAINTY = {
  en: `the risk analysis needs to know what is uncertain, and the model has no uncertainty block: add ${EXAMPLE_BLOCK} with one row per uncertain input (taxBaseGrowth, wageIndex, priceIndex, grants, interestRate, deviation), its standard deviation per year and its persistence, in a file that says "schemaVersion": 2 (in a workbook: the table Uncertainty (risk analysis), bsUncertainty)`,
  sv: `riskanalysen behöver veta vad som är osäkert, och modellen saknar osäkerhet: lägg till ${EXAMPLE_BLOCK} med en rad per osäker indata (taxBaseGrowth, wageIndex, priceIndex, grants, interestRate, deviation), dess standardavvikelse per år och dess beständighet, i en fil med "schemaVersion": 2 (i en arbetsbok: tabellen Osäkerhet (riskanalys), bsUncertainty)`,
};

/** The refusal of an uncertainty block that lists no input. */
export const EMPTY_UNCERTAINTY = {
  en: `the risk analysis needs at least one uncertain input, and the list is empty: add a row such as {"input": "taxBaseGrowth", "sd": 0.01, "persistence": 0.5}`,
  sv: `riskanalysen behöver minst en osäker indata, och listan är tom: lägg till en rad som {"input": "taxBaseGrowth", "sd": 0.01, "persistence": 0.5}`,
};

export function riskLabels(lang: Language): RiskLabels {
  return lang === 'en' ? en : sv;
}
