import { Language, Measure, SolverGoal, SolverLever } from '../engine';

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
  // ---- Version 2: financing, projects, FTEs, the balance requirement ----
  financingTitle: string;
  investment: string;
  newDepreciation: string;
  existingDepreciation: string;
  interest: string;
  selfFinancing: string;
  selfFinancingRatio: string;
  debt: string;
  population: string;
  netCostPerInhabitant: string;
  debtPerInhabitant: string;
  financingNote: string;
  projectsTitle: string;
  project: string;
  projectTotal: string;
  paybackYear: string;
  paybackAfterPlan: string;
  projectsNote: string;
  fteTitle: string;
  fteTotal: string;
  fteNote: string;
  fteDetailNote(count: number): string;
  fteMissing(names: string): string;
  balanceTitle: string;
  balanceAdjustments: string;
  adjustedResult: string;
  reserveDeposit: string;
  reserveWithdrawal: string;
  balanceResult: string;
  restored: string;
  restorationPending: string;
  restorationOverdue: string;
  balanceMet: string;
  reserveBalance: string;
  balanceNote: string;
  balanceMetAllYears: string;
  debtAtEnd(year: number): string;
  selfFinancingPlan(first: number, last: number): string;
  comparisonBalanceNote: string;
  comparisonFinancingNote: string;
  goalName(goal: SolverGoal): string;
  solvedLever(lever: SolverLever, goal: SolverGoal, value: string): string;
  solvedLeverNegative(lever: SolverLever, goal: SolverGoal, value: string): string;
  solvedLeverTitle(lever: SolverLever, base: string, value: string): string;
  solvedLeverHow(lever: SolverLever, scenario: string): string;
  unsolvedLever(lever: SolverLever, goal: SolverGoal, lower: string, upper: string): string;
  solvedRounding: string;
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
  financingTitle: 'Finansiering',
  investment: 'Investeringar',
  newDepreciation: 'Avskrivningar, nya',
  existingDepreciation: 'Avskrivningar, befintliga',
  interest: 'Räntekostnad',
  selfFinancing: 'Självfinansiering',
  selfFinancingRatio: 'Självfinansieringsgrad',
  debt: 'Låneskuld, netto',
  population: 'Invånare',
  netCostPerInhabitant: 'Nettokostnad per invånare, kr',
  debtPerInhabitant: 'Låneskuld per invånare, kr',
  financingNote:
    'Självfinansieringsgrad = (resultat + avskrivningar) / investeringar; "–" ett år utan investeringar. Låneskulden ökar med det som inte självfinansieras (negativ = finansiella tillgångar netto). Räntan gäller skulden vid årets början.',
  projectsTitle: 'Projekt: effekt på ramen per år (+ kostnad, - besparing)',
  project: 'Projekt',
  projectTotal: 'Summa',
  paybackYear: 'Återbetalningsår',
  paybackAfterPlan: 'efter planen',
  projectsNote:
    'Återbetalningsår: första planåret då den ackumulerade effekten inte längre är en kostnad. "–" för ett projekt som aldrig kostar.',
  fteTitle: 'Effektiviseringskrav i årsarbetare',
  fteTotal: 'Summa',
  fteNote:
    'Årsarbetare = effektiviseringskravet (uttaget krav plus ej given uppräkning) × föregående års ram × personalkostnadsandel / kostnad per årsarbetare.',
  fteDetailNote: (n) => `${n} nämnder: summan visas; --detail visar varje nämnd.`,
  fteMissing: (names) => `Utan kostnad per årsarbetare (ingår inte): ${names}.`,
  balanceTitle: 'Balanskravsutredning (kommunallagen 11 kap.)',
  balanceAdjustments: 'Balanskravsjusteringar',
  adjustedResult: 'Justerat resultat',
  reserveDeposit: 'Avsättning till reserv',
  reserveWithdrawal: 'Uttag ur reserv',
  balanceResult: 'Balanskravsresultat',
  restored: 'Återställt',
  restorationPending: 'Kvar att återställa',
  restorationOverdue: 'Ej återställt i tid',
  balanceMet: 'Balanskrav uppfyllt',
  reserveBalance: 'Reserv, utgående',
  balanceNote:
    'Balanskravsresultat = justerat resultat - avsättning + uttag. Ett negativt balanskravsresultat ska återställas inom tre år, äldst först; "ej återställt i tid" är det som passerat tre år.',
  balanceMetAllYears: 'Balanskrav uppfyllt',
  debtAtEnd: (y) => `Låneskuld ${y}`,
  selfFinancingPlan: (a, b) => `Självfin. ${a}–${b}`,
  comparisonBalanceNote: '"Balanskrav uppfyllt" gäller alla planår.',
  comparisonFinancingNote:
    'Självfinansieringsgraden gäller hela planperioden: summa (resultat + avskrivningar) / summa investeringar.',
  goalName: (g) => (g === 'target' ? 'resultatmålet' : g === 'balance' ? 'balanskravet' : 'resultatmålet och balanskravet'),
  solvedLever: (lever, g, v) =>
    lever === 'taxRate'
      ? `Skattehöjning som krävs för ${sv.goalName(g)}: ${v}`
      : `Effektiviseringskrav som krävs för ${sv.goalName(g)}: ${v} per år`,
  solvedLeverNegative: (lever, g, v) =>
    lever === 'taxRate'
      ? `Negativt: skattesatsen kan sänkas med ${v} och ${sv.goalName(g)} nås ändå.`
      : `Negativt krav: ramarna kan växa mer än den beviljade uppräkningen och ${sv.goalName(g)} nås ändå.`,
  solvedLeverTitle: (lever, base, v) =>
    lever === 'taxRate' ? `${base} med skattesatsen ändrad med ${v} varje planår` : `${base} med effektiviseringskrav ${v} per år`,
  solvedLeverHow: (lever, s) =>
    lever === 'taxRate'
      ? `Samma ändring av skattesatsen (kr per 100 kr) varje planår; ramar och övriga antaganden enligt scenariot ${s}.`
      : `Samma krav för alla nämnder och planår, ramar efter uppräkning, övriga antaganden enligt scenariot ${s}.`,
  unsolvedLever: (lever, g, lo, hi) =>
    lever === 'taxRate'
      ? `Ingen ändring av skattesatsen mellan ${lo} och ${hi} varje planår når ${sv.goalName(g)}.`
      : `Inget enhetligt effektiviseringskrav mellan ${lo} och ${hi} per år når ${sv.goalName(g)}.`,
  solvedRounding: 'Talet är avrundat uppåt så att det räcker; --json ger det exakta värdet.',
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
  financingTitle: 'Financing',
  investment: 'Investment',
  newDepreciation: 'Depreciation, new',
  existingDepreciation: 'Depreciation, existing',
  interest: 'Interest',
  selfFinancing: 'Self-financing',
  selfFinancingRatio: 'Self-financing ratio',
  debt: 'Net debt',
  population: 'Inhabitants',
  netCostPerInhabitant: 'Net cost per inhabitant, kr',
  debtPerInhabitant: 'Net debt per inhabitant, kr',
  financingNote:
    'Self-financing ratio = (result + depreciation) / investment; "–" in a year without investment. The net debt grows by what is not self-financed (negative = net financial assets). Interest is on the debt at the start of the year.',
  projectsTitle: 'Projects: effect on the frame per year (+ cost, - saving)',
  project: 'Project',
  projectTotal: 'Total',
  paybackYear: 'Payback year',
  paybackAfterPlan: 'after the plan',
  projectsNote:
    'Payback year: the first plan year in which the cumulative effect is no longer a cost. "–" for a project that never costs.',
  fteTitle: 'Efficiency requirement in FTEs',
  fteTotal: 'Total',
  fteNote:
    'FTEs = the efficiency requirement (explicit requirement plus uplift not granted) × last year’s frame × labour share / cost per FTE.',
  fteDetailNote: (n) => `${n} committees: the total is shown; --detail shows each committee.`,
  fteMissing: (names) => `Without a cost per FTE (not included): ${names}.`,
  balanceTitle: 'Balance requirement (kommunallagen 11 kap.)',
  balanceAdjustments: 'Balance adjustments',
  adjustedResult: 'Adjusted result',
  reserveDeposit: 'Deposit to reserve',
  reserveWithdrawal: 'Withdrawal from reserve',
  balanceResult: 'Balance result',
  restored: 'Restored',
  restorationPending: 'Still to restore',
  restorationOverdue: 'Overdue',
  balanceMet: 'Balance met',
  reserveBalance: 'Reserve, closing',
  balanceNote:
    'Balance result = adjusted result - deposit + withdrawal. A negative balance result must be restored within three years, oldest first; "overdue" is what is older than that.',
  balanceMetAllYears: 'Balance met',
  debtAtEnd: (y) => `Net debt ${y}`,
  selfFinancingPlan: (a, b) => `Self-fin. ${a}–${b}`,
  comparisonBalanceNote: '"Balance met" covers every plan year.',
  comparisonFinancingNote:
    'The self-financing ratio is the whole plan period’s: sum of (result + depreciation) / sum of investment.',
  goalName: (g) =>
    g === 'target' ? 'the surplus target' : g === 'balance' ? 'the balance requirement' : 'the surplus target and the balance requirement',
  solvedLever: (lever, g, v) =>
    lever === 'taxRate'
      ? `Tax increase needed for ${en.goalName(g)}: ${v}`
      : `Efficiency requirement needed for ${en.goalName(g)}: ${v} per year`,
  solvedLeverNegative: (lever, g, v) =>
    lever === 'taxRate'
      ? `Negative: the tax rate can be lowered by ${v} and ${en.goalName(g)} is still met.`
      : `A negative requirement: frames may grow more than the granted uplift and ${en.goalName(g)} is still met.`,
  solvedLeverTitle: (lever, base, v) =>
    lever === 'taxRate' ? `${base} with the tax rate changed by ${v} every plan year` : `${base} with an efficiency requirement of ${v} per year`,
  solvedLeverHow: (lever, s) =>
    lever === 'taxRate'
      ? `The same change of the tax rate (kr per 100 kr) in every plan year; frames and other assumptions as in scenario ${s}.`
      : `The same requirement for every committee and plan year, frames by uplift, other assumptions as in scenario ${s}.`,
  unsolvedLever: (lever, g, lo, hi) =>
    lever === 'taxRate'
      ? `No change of the tax rate between ${lo} and ${hi} in every plan year meets ${en.goalName(g)}.`
      : `No uniform efficiency requirement between ${lo} and ${hi} per year meets ${en.goalName(g)}.`,
  solvedRounding: 'The figure is rounded up so that it is enough; --json gives the exact value.',
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
