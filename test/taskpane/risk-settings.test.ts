import fc from 'fast-check';
import { analyseRisk } from '../../src/engine/risk';
import { exampleModel } from '../../src/examples';
import { parseModel, serializeModel } from '../../src/model-file';
import { numberFormats } from '../../src/taskpane/i18n/numbers';
import { checkModel } from '../../src/taskpane/model/checked';
import { readSd, riskLevers, sdText, withRiskSd } from '../../src/taskpane/risk/settings';
import { requestKey, riskRequest } from '../../src/taskpane/risk/request';

const sv = numberFormats('sv');
const en = numberFormats('en');

describe('the Risk card’s levers and the model’s uncertainty block', () => {
  const model = exampleModel();

  test('the levers show the block’s sd of tax base growth, wages and prices', () => {
    // Exempelkommun: taxBaseGrowth 0.01, wageIndex 0.005, priceIndex 0.007.
    expect(riskLevers(model)).toEqual([
      { input: 'taxBaseGrowth', sd: 0.01 },
      { input: 'wageIndex', sd: 0.005 },
      { input: 'priceIndex', sd: 0.007 },
    ]);
    expect(riskLevers(model).map((l) => sdText(l.sd, sv))).toEqual(['1', '0,5', '0,7']);
    expect(riskLevers(model).map((l) => sdText(l.sd, en))).toEqual(['1', '0.5', '0.7']);
  });

  test('a new sd replaces the input’s own, keeping the inputs’ order and persistence; the model itself is not changed', () => {
    const next = withRiskSd(model, 'wageIndex', 0.012);
    expect(next.uncertainty!.inputs.map((u) => u.input)).toEqual(['taxBaseGrowth', 'wageIndex', 'priceIndex', 'grants', 'interestRate', 'deviation']);
    expect(next.uncertainty!.inputs[1]).toEqual({ input: 'wageIndex', sd: 0.012, persistence: 0.5 });
    expect(next.uncertainty!.inputs.filter((_, k) => k !== 1)).toEqual(model.uncertainty!.inputs.filter((_, k) => k !== 1));
    expect(model.uncertainty!.inputs[1].sd).toBe(0.005);
    expect(checkModel(next).ok).toBe(true);
  });

  test('an input the block does not list is added last, without persistence', () => {
    const without = { ...model, uncertainty: { inputs: model.uncertainty!.inputs.filter((u) => u.input !== 'priceIndex') } };
    expect(riskLevers(without)[2]).toEqual({ input: 'priceIndex', sd: 0 });
    const next = withRiskSd(without, 'priceIndex', 0.004);
    expect(next.uncertainty!.inputs.at(-1)).toEqual({ input: 'priceIndex', sd: 0.004 });
    expect(checkModel(next).ok).toBe(true);
  });

  test('what the card sets is what the model file keeps: the workbook and budgetsim risk see the same block', () => {
    fc.assert(
      fc.property(fc.constantFrom('taxBaseGrowth', 'wageIndex', 'priceIndex' as const), fc.integer({ min: 0, max: 500 }), (input, hundredths) => {
        const sd = readSd(sv.decimal(hundredths / 100, 2), sv);
        expect(sd.ok).toBe(true);
        const next = withRiskSd(model, input, (sd as { sd: number }).sd);
        const round = parseModel(JSON.parse(JSON.stringify(serializeModel(next))));
        expect(round.ok).toBe(true);
        if (round.ok) expect(round.model.uncertainty).toEqual(next.uncertainty);
      }),
      { numRuns: 60 },
    );
  });

  test('sd texts in percentage points: "0,5" and "0.5" are 0.005; negative and non-numbers are refused', () => {
    expect(readSd('0,5', sv)).toEqual({ ok: true, sd: 0.005 });
    expect(readSd('0.5', en)).toEqual({ ok: true, sd: 0.005 });
    expect(readSd('1,5 %', sv)).toEqual({ ok: true, sd: 0.015 });
    expect(readSd('0', sv)).toEqual({ ok: true, sd: 0 });
    expect(readSd('-1', sv)).toEqual({ ok: false, reason: 'negative' });
    expect(readSd('−0,5', sv)).toEqual({ ok: false, reason: 'negative' });
    expect(readSd('mycket', sv)).toEqual({ ok: false, reason: 'notANumber' });
    expect(readSd('', sv)).toEqual({ ok: false, reason: 'notANumber' });
  });

  test('the request is the edited scenario at the engine’s default runs and seed, so the card and budgetsim risk agree', () => {
    const r = riskRequest(model, 1);
    expect(r).toEqual({ model, runs: 2000, seed: 1, scenario: 'Enprocentaren' });
    expect(riskRequest(model, 0).scenario).toBe('Base');
    expect(requestKey(r)).toBe(requestKey(riskRequest(exampleModel(), 1)));
    expect(requestKey(r)).not.toBe(requestKey(riskRequest(withRiskSd(model, 'taxBaseGrowth', 0.02), 1)));
    // The one scenario's analysis is the same as its part of every scenario's (common random numbers).
    const one = analyseRisk(model, { runs: 200, seed: 1, scenarios: ['Enprocentaren'] }).scenarios[0];
    const all = analyseRisk(model, { runs: 200, seed: 1 }).scenarios.find((s) => s.name === 'Enprocentaren');
    expect(one).toEqual(all);
  });
});
