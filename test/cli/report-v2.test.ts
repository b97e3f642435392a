/**
 * The report's version 2 tables, rendered in process from models built in code, with every figure
 * worked out by hand. The model builder's neutral defaults: tax base 1000 at 20 kr per 100 kr, so
 * revenue is 200 every year; one committee A with frame 100 that neither grows nor shrinks (zero indices,
 * full compensation, no efficiency); nothing else. So the result is 200 - 100 = 100 before anything
 * below is added.
 */
import { Committee, Language, Model, runModel, runScenario } from '../../src/engine';
import { renderReport, renderScenario, ReportedScenario } from '../../src/cli/report';
import { FTE_DETAIL_LIMIT } from '../../src/cli/report/fte';
import { baseScenario, buildModel, committee, withScenarios } from '../support/model-builders';

function report(model: Model, lang: Language = 'sv', detail = false): string {
  const run = runModel(model);
  const scenarios = [baseScenario(), ...model.scenarios];
  const reported: ReportedScenario[] = scenarios.map((scenario, i) => ({ scenario, result: run.scenarios[i] }));
  return renderReport(model, reported, lang, { detail }).join('\n');
}

function scenarioText(model: Model, lang: Language = 'sv', detail = false): string {
  const scenario = baseScenario();
  return renderScenario(model, { scenario, result: runScenario(model, scenario) }, lang, true, { detail }).join('\n');
}

/** The cells of the line that starts with `label` after the table titled `title` (figures split at 2+ spaces). */
function row(text: string, title: string, label: string): string[] {
  const at = text.indexOf(`\n${title}\n`);
  if (at < 0) throw new Error(`no table "${title}" in:\n${text}`);
  const line = text
    .slice(at + 1)
    .split('\n')
    .find((l) => l.startsWith(label + '  '));
  if (!line) throw new Error(`no line "${label}" under "${title}" in:\n${text}`);
  return line
    .slice(label.length)
    .trim()
    .split(/\s{2,}/);
}

const FINANCING_SV = 'Finansiering';
const PROJECTS_SV = 'Projekt: effekt på ramen per år (+ kostnad, - besparing)';
const FTE_SV = 'Effektiviseringskrav i årsarbetare';
const BALANCE_SV = 'Balanskravsutredning (kommunallagen 11 kap.)';

/**
 * Debt 500 at the end of 2026 at 2 % a year; one investment of 150 in 2027 with a life of 10 years;
 * 50 000 inhabitants every year.
 *
 *   No existing depreciation (the input is 0 in every year).
 *   2027: interest 0.02 x 500 = 10; no new depreciation yet; result 200 - 100 - 10 = 90;
 *         self-financing 90 + 0 = 90, ratio 90 / 150 = 60 %; debt 500 + 150 - 90 = 560
 *   2028: interest 0.02 x 560 = 11.2; depreciation 150 / 10 = 15; result 200 - 115 - 11.2 = 73.8;
 *         self-financing 73.8 + 15 = 88.8; no investment, so no ratio; debt 560 - 88.8 = 471.2
 *   2029: interest 0.02 x 471.2 = 9.424; result 200 - 115 - 9.424 = 75.576;
 *         self-financing 75.576 + 15 = 90.576; debt 471.2 - 90.576 = 380.624
 *   per inhabitant (mnkr = 1 000 000 kr): net cost 100e6 / 50 000 = 2 000 kr in 2027, 115e6 / 50 000 = 2 300 kr
 *   after; debt 560e6 / 50 000 = 11 200 kr, 471.2e6 / 50 000 = 9 424 kr, 380.624e6 / 50 000 = 7 612.48 kr
 */
function financedModel(): Model {
  return buildModel({
    schemaVersion: 2,
    debt: 500,
    yearDefaults: { interestRate: 0.02 },
    investments: [{ id: 'I1', name: 'Skola', life: 10, spend: [{ year: 2027, amount: 150 }] }],
    ageGroups: [{ id: 'all', name: 'Alla' }],
    population: [2026, 2027, 2028, 2029].map((year) => ({ year, group: 'all', count: 50000 })),
  });
}

describe('the financing table', () => {
  const text = scenarioText(financedModel());

  test('investment, new depreciation, interest, result, self-financing ratio and debt, worked by hand', () => {
    expect(row(text, FINANCING_SV, 'Investeringar')).toEqual(['150,0', '0,0', '0,0']);
    expect(row(text, FINANCING_SV, 'Avskrivningar, nya')).toEqual(['0,0', '15,0', '15,0']);
    expect(row(text, FINANCING_SV, 'Avskrivningar, befintliga')).toEqual(['0,0', '0,0', '0,0']);
    expect(row(text, FINANCING_SV, 'Självfinansiering')).toEqual(['90,0', '88,8', '90,6']);
    expect(row(text, FINANCING_SV, 'Räntekostnad')).toEqual(['10,0', '11,2', '9,4']);
    expect(row(text, FINANCING_SV, 'Resultat')).toEqual(['90,0', '73,8', '75,6']);
    expect(row(text, FINANCING_SV, 'Självfinansieringsgrad')).toEqual(['60,0 %', '–', '–']);
    expect(row(text, FINANCING_SV, 'Låneskuld, netto')).toEqual(['560,0', '471,2', '380,6']);
  });

  test('per inhabitant in whole kronor, whatever the model unit', () => {
    expect(row(text, FINANCING_SV, 'Invånare')).toEqual(['50 000', '50 000', '50 000']);
    expect(row(text, FINANCING_SV, 'Nettokostnad per invånare, kr')).toEqual(['2 000', '2 300', '2 300']);
    expect(row(text, FINANCING_SV, 'Låneskuld per invånare, kr')).toEqual(['11 200', '9 424', '7 612']);
  });

  test('no per-inhabitant lines without a population forecast', () => {
    const m = financedModel();
    delete m.ageGroups;
    delete m.population;
    const t = scenarioText(m);
    expect(row(t, FINANCING_SV, 'Låneskuld, netto')).toEqual(['560,0', '471,2', '380,6']);
    expect(t).not.toContain('per invånare');
    expect(t).not.toContain('Invånare');
  });

  test('English labels and numbers', () => {
    const t = scenarioText(financedModel(), 'en');
    expect(row(t, 'Financing', 'Investment')).toEqual(['150.0', '0.0', '0.0']);
    expect(row(t, 'Financing', 'Self-financing ratio')).toEqual(['60.0%', '–', '–']);
    expect(row(t, 'Financing', 'Net debt')).toEqual(['560.0', '471.2', '380.6']);
    expect(row(t, 'Financing', 'Net debt per inhabitant, kr')).toEqual(['11,200', '9,424', '7,612']);
  });

  test('the years line up with the main table above it', () => {
    const lines = text.split('\n');
    const headers = lines.filter((l) => l.trimStart().startsWith('2027'));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const h of headers) expect(h).toBe(headers[0]);
  });
});

/**
 * Three projects on committee VON (Vård- och omsorgsnämnden), named by its id in the table:
 *   P: +4 in 2027, -3 in 2028, -3 in 2029: cumulative 4, 1, -2, so it pays back in 2029; total -2
 *   Q: -1 in 2027 only: never a cost, so no payback year ("–")
 *   R: +5 in 2027 only: still a cost at the end of the plan ("efter planen")
 */
function projectModel(): Model {
  return buildModel({
    schemaVersion: 2,
    projects: [
      { id: 'P', name: 'Digital hemtjänst', committee: 'VON', effects: [{ year: 2027, amount: 4 }, { year: 2028, amount: -3 }, { year: 2029, amount: -3 }] },
      { id: 'Q', name: 'Lokaler', committee: 'VON', effects: [{ year: 2027, amount: -1 }] },
      { id: 'R', name: 'Utredning', committee: 'VON', effects: [{ year: 2027, amount: 5 }] },
    ],
    committees: [committee('VON', { name: 'Vård- och omsorgsnämnden' })],
  });
}

describe('the projects table', () => {
  const text = scenarioText(projectModel());
  const header = text.split('\n')[text.split('\n').indexOf(PROJECTS_SV) + 2];

  test('effect per year, the total over the plan and the payback year, with the committee by its id', () => {
    expect(header).toMatch(/2027\s+2028\s+2029\s+Summa\s+Återbetalningsår$/);
    expect(row(text, PROJECTS_SV, 'Digital hemtjänst (VON)')).toEqual(['4,0', '-3,0', '-3,0', '-2,0', '2029']);
    expect(row(text, PROJECTS_SV, 'Lokaler (VON)')).toEqual(['-1,0', '0,0', '0,0', '-1,0', '–']);
    expect(row(text, PROJECTS_SV, 'Utredning (VON)')).toEqual(['5,0', '0,0', '0,0', '5,0', 'efter planen']);
  });

  test('in English', () => {
    const t = scenarioText(projectModel(), 'en');
    const title = 'Projects: effect on the frame per year (+ cost, - saving)';
    expect(row(t, title, 'Digital hemtjänst (VON)')).toEqual(['4.0', '-3.0', '-3.0', '-2.0', '2029']);
    expect(row(t, title, 'Utredning (VON)')).toEqual(['5.0', '0.0', '0.0', '5.0', 'after the plan']);
  });

  test('a scenario that removes every project shows no projects table', () => {
    const m = withScenarios(projectModel(), {
      name: 'Utan projekt',
      overrides: { projects: ['P', 'Q', 'R'].map((id) => ({ id, effects: [] })) },
    });
    const scenario = m.scenarios[0];
    const t = renderScenario(m, { scenario, result: runScenario(m, scenario) }, 'sv').join('\n');
    expect(t).not.toContain(PROJECTS_SV);
  });
});

/**
 * Efficiency 2 % a year with full compensation and zero indices: the implied efficiency is 2 %, on base
 * frames of 100, 98 and 96.04. Labour share 0.5 and 0.25 mnkr per FTE:
 *   2027: 0.02 x 100 x 0.5 / 0.25 = 4.0;  2028: 0.02 x 98 x 0.5 / 0.25 = 3.92;  2029: 0.02 x 96.04 x 0.5 / 0.25 = 3.8416
 */
function fteModel(committees: Committee[]): Model {
  return buildModel({ schemaVersion: 2, committees, yearDefaults: { efficiency: 0.02 } });
}

describe('the FTE table', () => {
  test('one line per committee with a cost per FTE, and the total', () => {
    const text = scenarioText(
      fteModel([committee('A', { name: 'Barn- och utbildningsnämnden', costPerFte: 0.25 }), committee('B', { costPerFte: 0.5 })]),
    );
    expect(row(text, FTE_SV, 'Barn- och utbildningsnämnden')).toEqual(['4,0', '3,9', '3,8']);
    // B: half of A's FTEs (twice the cost per FTE): 2.0, 1.96, 1.9208
    expect(row(text, FTE_SV, 'B')).toEqual(['2,0', '2,0', '1,9']);
    // total: 6.0, 5.88, 5.7624
    expect(row(text, FTE_SV, 'Summa')).toEqual(['6,0', '5,9', '5,8']);
  });

  test('a committee without a cost per FTE is named as left out of the total', () => {
    const text = scenarioText(fteModel([committee('A', { costPerFte: 0.25 }), committee('Kultur')]));
    expect(row(text, FTE_SV, 'Summa')).toEqual(['4,0', '3,9', '3,8']);
    expect(text).toContain('Utan kostnad per årsarbetare (ingår inte): Kultur.');
    expect(text).not.toMatch(/^Kultur {2}/m);
  });

  test(`more than ${FTE_DETAIL_LIMIT} committees: only the total, and --detail shows each`, () => {
    const many = Array.from({ length: FTE_DETAIL_LIMIT + 1 }, (_, i) => committee(`N${i + 1}`, { costPerFte: 0.25 }));
    const model = fteModel(many);
    const short = scenarioText(model);
    // 9 committees of 4.0 FTEs each in 2027
    expect(row(short, FTE_SV, 'Summa')[0]).toBe('36,0');
    expect(short).not.toMatch(/^N1 {2}/m);
    expect(short).toContain(`${FTE_DETAIL_LIMIT + 1} nämnder: summan visas; --detail visar varje nämnd.`);
    const long = scenarioText(model, 'sv', true);
    for (const c of many) expect(row(long, FTE_SV, c.id)).toEqual(['4,0', '3,9', '3,8']);
    expect(long).not.toContain('--detail visar');
  });

  test('in English', () => {
    const text = scenarioText(fteModel([committee('A', { costPerFte: 0.25 })]), 'en');
    expect(row(text, 'Efficiency requirement in FTEs', 'Total')).toEqual(['4.0', '3.9', '3.8']);
  });
});

/**
 * Central costs 150 in 2027 make the result 200 - 100 - 150 = -50; the later years' result is 100.
 * Reserve: opening balance 20, threshold 1 % (2 of revenue 200), deposit share 0.5, cap 10 % (20), withdrawals on.
 *   2027: adjusted -50; no deposit; withdrawal min(20, 50) = 20, reserve 0; balance result -50 + 20 = -30;
 *         new deficit 30, pending 30; not met
 *   2028: adjusted 100; max deposit 100 - 2 - 30 = 68; half is 34, the cap leaves 20 - 0 = 20: deposit 20,
 *         reserve 20; balance result 100 - 20 = 80; restored 30, pending 0; met
 *   2029: max deposit 100 - 2 = 98, but the reserve is at the cap (20 - 20 = 0): no deposit; balance result 100
 */
function balanceModel(): Model {
  return buildModel({
    schemaVersion: 2,
    years: [{ year: 2027, centralCosts: 150 }],
    reserve: { openingBalance: 20, threshold: 0.01, deposit: 0.5, cap: 0.1, withdraw: true },
  });
}

describe('the balanskravsutredning', () => {
  const text = scenarioText(balanceModel());

  test('each line per year, the deposit negative so that the column adds up to the balance result', () => {
    expect(row(text, BALANCE_SV, 'Resultat')).toEqual(['-50,0', '100,0', '100,0']);
    expect(row(text, BALANCE_SV, 'Balanskravsjusteringar')).toEqual(['0,0', '0,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Justerat resultat')).toEqual(['-50,0', '100,0', '100,0']);
    expect(row(text, BALANCE_SV, 'Avsättning till reserv')).toEqual(['0,0', '-20,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Uttag ur reserv')).toEqual(['20,0', '0,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Balanskravsresultat')).toEqual(['-30,0', '80,0', '100,0']);
    expect(row(text, BALANCE_SV, 'Återställt')).toEqual(['0,0', '30,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Kvar att återställa')).toEqual(['30,0', '0,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Ej återställt i tid')).toEqual(['0,0', '0,0', '0,0']);
    expect(row(text, BALANCE_SV, 'Balanskrav uppfyllt')).toEqual(['nej', 'ja', 'ja']);
    expect(row(text, BALANCE_SV, 'Reserv, utgående')).toEqual(['0,0', '20,0', '20,0']);
  });

  test('adjustments: a realised gain of 10 taken out of 2028', () => {
    const m = balanceModel();
    m.years[1].balanceAdjustments = -10;
    // 2028: adjusted 90; max deposit min(100, 90) - 2 - 30 = 58, half 29, capped at 20; balance result 70
    const t = scenarioText(m);
    expect(row(t, BALANCE_SV, 'Balanskravsjusteringar')).toEqual(['0,0', '-10,0', '0,0']);
    expect(row(t, BALANCE_SV, 'Justerat resultat')).toEqual(['-50,0', '90,0', '100,0']);
    expect(row(t, BALANCE_SV, 'Balanskravsresultat')).toEqual(['-30,0', '70,0', '100,0']);
  });

  test('a deficit not restored within three years is overdue in its fourth', () => {
    // Horizon 4; 2027's result -50, then central costs 100 make every later result 0: nothing is restored,
    // and 2027's deficit is due by the end of 2030: overdue 50 in 2030.
    const m = buildModel({
      schemaVersion: 2,
      horizon: 4,
      years: [{ year: 2027, centralCosts: 150 }, { year: 2028, centralCosts: 100 }, { year: 2029, centralCosts: 100 }, { year: 2030, centralCosts: 100 }],
    });
    const t = scenarioText(m);
    expect(row(t, BALANCE_SV, 'Kvar att återställa')).toEqual(['50,0', '50,0', '50,0', '50,0']);
    expect(row(t, BALANCE_SV, 'Ej återställt i tid')).toEqual(['0,0', '0,0', '0,0', '50,0']);
    expect(row(t, BALANCE_SV, 'Balanskrav uppfyllt')).toEqual(['nej', 'ja', 'ja', 'nej']);
  });

  test('in English', () => {
    const t = scenarioText(balanceModel(), 'en');
    const title = 'Balance requirement (kommunallagen 11 kap.)';
    expect(row(t, title, 'Deposit to reserve')).toEqual(['0.0', '-20.0', '0.0']);
    expect(row(t, title, 'Withdrawal from reserve')).toEqual(['20.0', '0.0', '0.0']);
    expect(row(t, title, 'Balance result')).toEqual(['-30.0', '80.0', '100.0']);
    expect(row(t, title, 'Still to restore')).toEqual(['30.0', '0.0', '0.0']);
    expect(row(t, title, 'Overdue')).toEqual(['0.0', '0.0', '0.0']);
    expect(row(t, title, 'Balance met')).toEqual(['no', 'yes', 'yes']);
    expect(row(t, title, 'Reserve, closing')).toEqual(['0.0', '20.0', '20.0']);
  });
});

describe('a version 1 model shows no empty version 2 tables', () => {
  test('no financing, projects, FTE or balance table when all their figures are neutral', () => {
    const text = report(withScenarios(buildModel(), { name: 'Krav', overrides: { efficiency: 0.01 } }));
    for (const title of [FINANCING_SV, PROJECTS_SV, FTE_SV, BALANCE_SV]) expect(text).not.toContain(title);
    // the comparison still says whether the balance requirement is met, but has no financing columns
    expect(text).toMatch(/Mål nått {2}Balanskrav uppfyllt/);
    expect(text).not.toContain('Låneskuld');
    expect(text).not.toContain('Självfin.');
  });

  test('a negative result is a balance requirement not met, so its table appears', () => {
    const text = scenarioText(buildModel({ years: [{ year: 2028, centralCosts: 150 }] }));
    expect(row(text, BALANCE_SV, 'Balanskravsresultat')).toEqual(['100,0', '-50,0', '100,0']);
    expect(row(text, BALANCE_SV, 'Återställt')).toEqual(['0,0', '0,0', '50,0']);
    expect(text).not.toContain(FINANCING_SV);
  });
});

describe('the comparison', () => {
  /**
   * Base: the financed model (debt 380.624 at the end, self-financing (90 + 88.8 + 90.576) / 150 = 179.584 %).
   * "Utan lån": no opening debt and no interest: result 100, 85, 85, self-financing 100, 100, 100 = 300 / 150
   * = 200 %, debt 0 + 150 - 300 = -150.
   */
  const model = withScenarios(financedModel(), { name: 'Utan lån', overrides: { debt: 0, years: [2027, 2028, 2029].map((year) => ({ year, interestRate: 0 })) } });
  const text = report(model);
  const comparison = text.slice(text.indexOf('Jämförelse av scenarierna'));

  test('adds whether the balance requirement is met, the debt at the end of the plan and the plan\'s self-financing ratio', () => {
    const header = comparison.split('\n')[2];
    expect(header).toMatch(/Mål nått {2}Balanskrav uppfyllt {2}Effektiviseringskrav 2029 {2}Låneskuld 2029 {2}Självfin\. 2027–2029$/);
    expect(comparison).toMatch(/^Bas .* ja +ja +0,0 \(0,0 %\) +380,6 +179,6 %$/m);
    expect(comparison).toMatch(/^Utan lån .* ja +ja +0,0 \(0,0 %\) +-150,0 +200,0 %$/m);
  });

  test('"nej" for the balance requirement when a year fails it', () => {
    const m = withScenarios(buildModel(), { name: 'Underskott', overrides: { years: [{ year: 2028, centralCosts: 150 }] } });
    const c = report(m);
    expect(c.slice(c.indexOf('Jämförelse'))).toMatch(/^Underskott .* ja +nej +0,0 \(0,0 %\)$/m);
  });

  test('in English', () => {
    const en = report(model, 'en');
    const c = en.slice(en.indexOf('Scenarios compared'));
    expect(c.split('\n')[2]).toMatch(/Target met {2}Balance met {2}Efficiency demand 2029 {2}Net debt 2029 {2}Self-fin\. 2027–2029$/);
    expect(c).toMatch(/^Base .* yes +yes +0\.0 \(0\.0%\) +380\.6 +179\.6%$/m);
  });
});
