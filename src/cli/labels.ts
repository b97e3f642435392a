import { Language, Measure } from '../engine';

/** Everything the terminal report says, in each language the model file can name. */
export interface Labels {
  baseScenario: string;
  unitLine(unit: string, baseYear: number, firstPlan: number, lastPlan: number): string;
  targetLine(target: string, back: number, forward: number, measure: Measure): string;
  upliftPolicy(efficiency: string, compensation: string): string;
  revenuePolicy: string;
  targetOverride(target: string): string;
  windowOverride(back: number, forward: number, measure: Measure): string;
  revenue: string;
  netCost: string;
  result: string;
  resultShare: string;
  rollingShare: string;
  targetMet: string;
  room: string;
  efficiencyDemand: string;
  yes: string;
  no: string;
  incompleteNote: string;
  comparisonTitle(target: string): string;
  scenario: string;
  metAllYears: string;
  efficiencyDemandIn(year: number): string;
  comparisonNote: string;
  solved(efficiency: string): string;
  solvedNegative: string;
  solvedScenarioTitle(base: string, efficiency: string): string;
  solvedHow(scenario: string): string;
  unsolved(lower: string, upper: string): string;
  demoFooter(path: string): string[];
  validOk(name: string, committees: number, first: number, last: number, horizon: number, scenarios: number): string;
}

const measureSv: Record<Measure, string> = {
  ratioOfSums: 'summa resultat / summa intäkter',
  meanOfRatios: 'medelvärdet av årens resultat %',
};
const measureEn: Record<Measure, string> = {
  ratioOfSums: 'sum of results / sum of revenue',
  meanOfRatios: 'mean of the years’ result %',
};

const sv: Labels = {
  baseScenario: 'Bas',
  unitLine: (unit, y0, a, b) => `Belopp i ${unit}. Basår ${y0}, planår ${a}–${b}.`,
  targetLine: (t, back, fwd, m) =>
    `Resultatmål ${t} av intäkterna, rullande över ${back} år före och ${fwd} år från och med planåret (${measureSv[m]}).`,
  upliftPolicy: (e, k) => `ramar efter uppräkning: effektiviseringskrav ${e}, pris- och lönekompensation ${k}`,
  revenuePolicy: 'intäktsstyrda ramar: det intäkterna ger efter resultatmålet fördelas på nämnderna',
  targetOverride: (t) => `resultatmål ${t}`,
  windowOverride: (back, fwd, m) => `rullande ${back} + ${fwd} år (${measureSv[m]})`,
  revenue: 'Intäkter',
  netCost: 'Nettokostnad',
  result: 'Resultat',
  resultShare: 'Resultat %',
  rollingShare: 'Rullande %',
  targetMet: 'Mål nått',
  room: 'Utrymme',
  efficiencyDemand: 'Effektiviseringskrav',
  yes: 'ja',
  no: 'nej',
  incompleteNote: '* Ofullständigt fönster: år utan utfall eller efter planperioden saknas; andelen gäller de kända åren.',
  comparisonTitle: (t) => `Jämförelse av scenarierna: rullande resultat % per planår (mål ${t})`,
  scenario: 'Scenario',
  metAllYears: 'Mål nått',
  efficiencyDemandIn: (y) => `Effektiviseringskrav ${y}`,
  comparisonNote:
    '"Mål nått" gäller alla planår med fullständigt fönster. Effektiviseringskravet är det uttagna kravet plus den uppräkning som inte ges, summerat över nämnderna (andel av föregående års ramar).',
  solved: (e) => `Effektiviseringskrav som når målet: ${e} per år`,
  solvedNegative: 'Negativt krav: ramarna kan växa mer än den beviljade uppräkningen och målet nås ändå.',
  solvedScenarioTitle: (base, e) => `${base} med effektiviseringskrav ${e} per år`,
  solvedHow: (s) =>
    `Samma krav för alla nämnder och planår, ramar efter uppräkning, övriga antaganden enligt scenariot ${s}.`,
  unsolved: (lo, hi) => `Inget enhetligt effektiviseringskrav mellan ${lo} och ${hi} per år når resultatmålet.`,
  demoFooter: (path) => [
    `Exemplet är en vanlig modellfil: kopiera ${path} som mall.`,
    `Kör själv: budgetsim run ${path}   eller   budgetsim solve ${path}`,
  ],
  validOk: (name, c, a, b, h, s) =>
    `OK: ${name}: ${c} nämnder, planår ${a}–${b} (${h} år), ${s} scenarier utöver bas.`,
};

const en: Labels = {
  baseScenario: 'Base',
  unitLine: (unit, y0, a, b) => `Amounts in ${unit}. Base year ${y0}, plan years ${a}–${b}.`,
  targetLine: (t, back, fwd, m) =>
    `Surplus target ${t} of revenue, rolling over ${back} years before and ${fwd} years from the plan year on (${measureEn[m]}).`,
  upliftPolicy: (e, k) => `frames by uplift: efficiency requirement ${e}, price and wage compensation ${k}`,
  revenuePolicy: 'revenue-driven frames: what revenue allows after the surplus target is shared among the committees',
  targetOverride: (t) => `surplus target ${t}`,
  windowOverride: (back, fwd, m) => `rolling ${back} + ${fwd} years (${measureEn[m]})`,
  revenue: 'Revenue',
  netCost: 'Net cost',
  result: 'Result',
  resultShare: 'Result %',
  rollingShare: 'Rolling %',
  targetMet: 'Target met',
  room: 'Room',
  efficiencyDemand: 'Efficiency demand',
  yes: 'yes',
  no: 'no',
  incompleteNote: '* Incomplete window: years without actuals or after the plan period are missing; the share is over the known years.',
  comparisonTitle: (t) => `Scenarios compared: rolling result % per plan year (target ${t})`,
  scenario: 'Scenario',
  metAllYears: 'Target met',
  efficiencyDemandIn: (y) => `Efficiency demand ${y}`,
  comparisonNote:
    '"Target met" covers every plan year with a complete window. The efficiency demand is the explicit requirement plus the uplift not granted, summed over the committees (share of last year’s frames).',
  solved: (e) => `Efficiency requirement that meets the target: ${e} per year`,
  solvedNegative: 'A negative requirement: frames may grow more than the granted uplift and the target is still met.',
  solvedScenarioTitle: (base, e) => `${base} with an efficiency requirement of ${e} per year`,
  solvedHow: (s) =>
    `The same requirement for every committee and plan year, frames by uplift, other assumptions as in scenario ${s}.`,
  unsolved: (lo, hi) => `No uniform efficiency requirement between ${lo} and ${hi} per year meets the surplus target.`,
  demoFooter: (path) => [
    `The example is an ordinary model file: copy ${path} as a template.`,
    `Try: budgetsim run ${path}   or   budgetsim solve ${path}`,
  ],
  validOk: (name, c, a, b, h, s) =>
    `OK: ${name}: ${c} committees, plan years ${a}–${b} (${h} years), ${s} scenarios besides the base.`,
};

export function labels(lang: Language): Labels {
  return lang === 'en' ? en : sv;
}
