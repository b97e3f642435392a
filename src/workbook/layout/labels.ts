import { Language } from '../../engine/types';

/** Every text the layout writes, in Swedish and English. */
const TEXT = {
  base: { sv: 'Bas', en: 'Base' },
  printPage: { sv: 'Sida', en: 'Page' },
  printOf: { sv: 'av', en: 'of' },
  comparison: { sv: 'Jämförelse', en: 'Comparison' },
  scenarioTitle: { sv: 'Scenario', en: 'Scenario' },
  inputsTitle: { sv: 'Indata', en: 'Inputs' },
  inputsNote: {
    sv: 'Modellen som tabeller. Ändra värden här så räknar scenariobladen om. Tom cell = standardvärde. Rader som läggs till läses av Budgetsim när bladen skrivs om.',
    en: 'The model as tables. Change values here and the scenario sheets recalculate. Blank cell = default. Rows you add are picked up when Budgetsim rewrites the sheets.',
  },
  committeesTitle: { sv: 'Nämnder', en: 'Committees' },
  scenariosTitle: { sv: 'Scenarier', en: 'Scenarios' },
  scenarioNote: {
    sv: 'Gula celler är styrmedel: ändra dem så räknas allt om. Varje siffra är en formel som går att klicka på och följa till indatabladen.',
    en: 'Yellow cells are levers: change them and everything recalculates. Every figure is a formula you can click and follow back to the input sheets.',
  },
  amountsIn: { sv: 'Belopp i', en: 'Amounts in' },
  baseYearSuffix: { sv: '(bas)', en: '(base)' },
  frameModeUplift: { sv: 'Ramar: uppräkning med krav', en: 'Frames: uplift with requirements' },
  frameModeRevenue: { sv: 'Ramar: intäktsstyrda', en: 'Frames: revenue-driven' },
  targetWindow: { sv: 'Resultatmål', en: 'Surplus target' },
  window: { sv: 'rullande', en: 'rolling' },
  yearsBack: { sv: 'år bakåt', en: 'years back' },
  yearsForward: { sv: 'framåt', en: 'forward' },
  solverNote: { sv: 'Effektiviseringskrav som når målet (beräknat av Budgetsim)', en: 'Efficiency requirement that meets the target (computed by Budgetsim)' },
  solverNone: { sv: 'inget krav mellan -50 % och 50 % når målet', en: 'no requirement between -50 % and 50 % meets the target' },

  levers: { sv: 'Styrmedel', en: 'Levers' },
  target: { sv: 'Resultatmål (andel av intäkterna)', en: 'Surplus target (share of revenue)' },
  efficiency: { sv: 'Effektiviseringskrav', en: 'Efficiency requirement' },
  compensation: { sv: 'Kompensationsgrad pris och lön', en: 'Price and wage compensation' },
  taxRate: { sv: 'Skattesats (kr per 100 kr)', en: 'Tax rate (per 100)' },

  revenueSection: { sv: 'Intäkter', en: 'Revenue' },
  taxBase: { sv: 'Skatteunderlag', en: 'Tax base' },
  taxRevenue: { sv: 'Skatteintäkter', en: 'Tax revenue' },
  grants: { sv: 'Generella statsbidrag och utjämning', en: 'General grants and equalisation' },
  revenue: { sv: 'Intäkter totalt', en: 'Total revenue' },

  resultSection: { sv: 'Resultat', en: 'Result' },
  committeesNetCost: { sv: 'Nämndernas nettokostnad', en: "Committees' net cost" },
  centralCosts: { sv: 'Centrala kostnader', en: 'Central costs' },
  netCost: { sv: 'Nettokostnad totalt', en: 'Total net cost' },
  financialNet: { sv: 'Finansnetto', en: 'Financial net' },
  result: { sv: 'Årets resultat', en: 'Result for the year' },
  resultShare: { sv: 'Resultat i % av intäkterna', en: 'Result, % of revenue' },
  rollingShare: { sv: 'Rullande resultat %', en: 'Rolling result %' },
  targetLine: { sv: 'Resultatmål', en: 'Target' },
  rollingComplete: { sv: 'Fullständig period', en: 'Complete window' },
  targetMet: { sv: 'Målet nås', en: 'Target met' },
  room: { sv: 'Utrymme', en: 'Room' },
  available: { sv: 'Tillgängligt för nämnderna', en: 'Available to committees' },
  weightSum: { sv: 'Summa fördelningsvikter', en: 'Sum of allocation weights' },
  initiativeSum: { sv: 'Summa satsningar', en: 'Sum of initiatives' },
  frameSum: { sv: 'Nämndernas ramar', en: "Committees' frames" },
  efficiencyKrSum: { sv: 'Effektiviseringskrav totalt (belopp)', en: 'Total efficiency demand (amount)' },
  withheldSum: { sv: 'Ej kompenserad pris- och löneökning (belopp)', en: 'Withheld price and wage uplift (amount)' },

  committeesSection: { sv: 'Nämnderna', en: 'Committees' },
  prevFrame: { sv: 'Föregående års ram', en: "Last year's frame" },
  fullUplift: { sv: 'Full pris- och löneökning', en: 'Full price and wage uplift' },
  grantedUplift: { sv: 'Beviljad uppräkning', en: 'Granted uplift' },
  withheldUplift: { sv: 'Ej kompenserad uppräkning', en: 'Withheld uplift' },
  explicitEfficiency: { sv: 'Effektiviseringskrav', en: 'Efficiency requirement' },
  demography: { sv: 'Demografi', en: 'Demography' },
  initiative: { sv: 'Satsningar', en: 'Initiatives' },
  weight: { sv: 'Fördelningsvikt', en: 'Allocation weight' },
  frame: { sv: 'Ram', en: 'Frame' },
  impliedEfficiencyKr: { sv: 'Effektivisering totalt', en: 'Total efficiency' },
  impliedEfficiency: { sv: 'Effektivisering totalt %', en: 'Total efficiency %' },
  carryIn: { sv: 'Överföring från tidigare år', en: 'Carried in from earlier years' },
  allowance: { sv: 'Budget inkl. överföring', en: 'Allowance incl. carry-over' },
  committeeNetCost: { sv: 'Nettokostnad', en: 'Net cost' },
  outcome: { sv: 'Utfall (+ överskott)', en: 'Outcome (+ surplus)' },
  carried: { sv: 'Förs över till senare år', en: 'Carried to later years' },
  outstanding: { sv: 'Utestående efter planperioden', en: 'Outstanding after the horizon' },

  ratioOfSums: { sv: 'summa resultat / summa intäkter', en: 'sum of results / sum of revenue' },
  meanOfRatios: { sv: 'medelvärde av årens resultat %', en: 'mean of yearly result %' },
  comparisonTitle: { sv: 'Jämförelse av ramalternativ', en: 'Frame alternatives compared' },
  comparisonNote: {
    sv: 'Alla siffror är formler mot scenariobladen. Välj år för ramjämförelsen i den gula cellen.',
    en: 'Every figure is a formula on the scenario sheets. Choose the year to compare frames in the yellow cell.',
  },
  chosenYear: { sv: 'År för ramjämförelse', en: 'Year for the frame comparison' },
  framesInYear: { sv: 'Ramar per nämnd', en: 'Frames per committee' },
  committee: { sv: 'Nämnd', en: 'Committee' },
  difference: { sv: 'skillnad mot bas', en: 'vs base' },
  total: { sv: 'Summa', en: 'Total' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  noCap: { sv: 'ingen', en: 'none' },
  chartResultShare: { sv: 'Resultat % mot mål', en: 'Result % against target' },
  chartFrames: { sv: 'Ramar per nämnd', en: 'Frames per committee' },
  chartResults: { sv: 'Årets resultat per scenario', en: 'Result per scenario' },
} as const;

export type LabelKey = keyof typeof TEXT;

export function label(key: LabelKey, language: Language): string {
  return TEXT[key][language];
}

/** A bound label function for one language. */
export function labels(language: Language): (key: LabelKey) => string {
  return (key) => TEXT[key][language];
}
