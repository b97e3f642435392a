import fc from 'fast-check';
import { Model } from '../../src/engine/types';
import { parseModel, serializeModel } from '../../src/model-file';
import { validFile, validFileV2 } from './fixture';
import { arbModelV2 } from '../support/arbitraries';
import { arbModelFile, arbModelFileV2 } from './arbitrary';

function modelOf(file: unknown): Model {
  const result = parseModel(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.model;
}

test('keys come in the canonical order of the spec', () => {
  const out = serializeModel(modelOf(validFile())) as Record<string, any>;
  expect(Object.keys(out)).toEqual([
    'schemaVersion', 'name', 'unit', 'language', 'baseYear', 'horizon', 'taxBase', 'taxRate', 'target',
    'windowBack', 'windowForward', 'measure', 'frameMode', 'carryOver', 'history', 'years', 'committees',
    'committeeYears', 'scenarios',
  ]);
  expect(Object.keys(out.carryOver)).toEqual(['surplusShare', 'deficitShare', 'surplusCap', 'deficitCap', 'repaymentYears']);
  expect(Object.keys(out.history[0])).toEqual(['year', 'revenue', 'result']);
  expect(Object.keys(out.years[0])).toEqual([
    'year', 'taxBaseGrowth', 'taxRate', 'grants', 'wageIndex', 'priceIndex', 'financialNet', 'centralCosts', 'efficiency', 'compensation',
  ]);
  expect(Object.keys(out.committees[0])).toEqual(['id', 'name', 'frame', 'labourShare', 'openingCarryIn', 'carryOver']);
  expect(Object.keys(out.committeeYears[0])).toEqual(['committee', 'year', 'efficiency', 'demography', 'initiative', 'deviation']);
  expect(Object.keys(out.scenarios[1])).toEqual(['name', 'overrides']);
});

test('keys are put in canonical order whatever order the model has them in', () => {
  const model = modelOf(validFile());
  const shuffled = Object.fromEntries(Object.entries(model).reverse()) as unknown as Model;
  shuffled.scenarios = [{ name: 'S', overrides: { committeeYears: [], years: [], compensation: 1, carryOver: { repaymentYears: 2, surplusShare: 0.5 }, target: 0.01 } }];
  const out = serializeModel(shuffled) as Record<string, any>;
  expect(Object.keys(out)[0]).toBe('schemaVersion');
  expect(Object.keys(out.scenarios[0].overrides)).toEqual(['target', 'carryOver', 'compensation', 'years', 'committeeYears']);
  expect(Object.keys(out.scenarios[0].overrides.carryOver)).toEqual(['surplusShare', 'repaymentYears']);
});

test('absent optional keys are left out', () => {
  const out = serializeModel(modelOf(validFile())) as Record<string, any>;
  expect('taxRate' in out.years[1]).toBe(false);
  expect(Object.keys(out.committees[1])).toEqual(['id', 'name', 'frame', 'labourShare']);
  expect(out.committeeYears[1]).toEqual({ committee: 'SN', year: 2028, demography: 0.015 });
  expect(out.scenarios[0]).toEqual({ name: 'Full kompensation', overrides: { compensation: 1, efficiency: 0 } });
});

test('the fixture round-trips, also through JSON text', () => {
  const model = modelOf(validFile());
  expect(modelOf(serializeModel(model))).toStrictEqual(model);
  expect(modelOf(JSON.parse(JSON.stringify(serializeModel(model))))).toStrictEqual(model);
});

test('serializing a parsed model gives back the same file for a file in canonical form', () => {
  expect(serializeModel(modelOf(validFile()))).toStrictEqual(validFile());
});

test('property: parseModel(serializeModel(m)) equals m for generated valid models', () => {
  fc.assert(
    fc.property(arbModelFile(), (file) => {
      const model = modelOf(file);
      expect(modelOf(JSON.parse(JSON.stringify(serializeModel(model))))).toStrictEqual(model);
    }),
    { numRuns: 300 },
  );
});

describe('version 2', () => {
  test('the version 2 fixture round-trips, also through JSON text, and is written back as given', () => {
    const model = modelOf(validFileV2());
    expect(modelOf(serializeModel(model))).toStrictEqual(model);
    expect(modelOf(JSON.parse(JSON.stringify(serializeModel(model))))).toStrictEqual(model);
    expect(serializeModel(model)).toStrictEqual(validFileV2());
  });

  test('version 2 keys come in the canonical order, after those of version 1', () => {
    const out = serializeModel(modelOf(validFileV2())) as Record<string, any>;
    expect(Object.keys(out)).toEqual([
      'schemaVersion', 'name', 'unit', 'language', 'baseYear', 'horizon', 'taxBase', 'taxRate', 'target',
      'windowBack', 'windowForward', 'measure', 'frameMode', 'carryOver', 'history', 'years', 'committees',
      'committeeYears', 'scenarios', 'debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve',
      'openingRestoration', 'uncertainty',
    ]);
    expect(Object.keys(out.years[0]).slice(-3)).toEqual(['interestRate', 'depreciation', 'balanceAdjustments']);
    expect(Object.keys(out.committees[1])).toEqual(['id', 'name', 'frame', 'labourShare', 'demographyWeights', 'costPerFte']);
    expect(Object.keys(out.investments[0])).toEqual(['id', 'name', 'committee', 'life', 'spend']);
    expect(Object.keys(out.reserve)).toEqual(['openingBalance', 'threshold', 'cap', 'deposit', 'withdraw']);
    expect(Object.keys(out.scenarios[2].overrides)).toEqual(['reserve', 'projects', 'investments', 'investmentScale', 'debt']);
  });

  test('keys are put in canonical order whatever order the model has them in', () => {
    const model = modelOf(validFileV2());
    const shuffled = Object.fromEntries(Object.entries(model).reverse()) as unknown as Model;
    shuffled.reserve = { withdraw: true, cap: null, openingBalance: 1 };
    shuffled.investments = [{ spend: [{ amount: 5, year: 2027 }], life: 3, name: 'X', id: 'X' }];
    const out = serializeModel(shuffled) as Record<string, any>;
    expect(Object.keys(out).slice(-8)).toEqual(['debt', 'investments', 'projects', 'ageGroups', 'population', 'reserve', 'openingRestoration', 'uncertainty']);
    expect(out.reserve).toStrictEqual({ openingBalance: 1, cap: null, withdraw: true });
    expect(Object.keys(out.reserve)).toEqual(['openingBalance', 'cap', 'withdraw']);
    expect(Object.keys(out.investments[0])).toEqual(['id', 'name', 'life', 'spend']);
    expect(Object.keys(out.investments[0].spend[0])).toEqual(['year', 'amount']);
  });

  test('a version 1 model is written without any version 2 key', () => {
    const out = serializeModel(modelOf(validFile()));
    expect(out).toStrictEqual(validFile());
  });

  test('property: parseModel(serializeModel(m)) equals m for generated valid version 2 models', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        expect(modelOf(JSON.parse(JSON.stringify(serializeModel(model))))).toStrictEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  test('property: the same for generated version 2 model files', () => {
    fc.assert(
      fc.property(arbModelFileV2(), (file) => {
        const model = modelOf(file);
        expect(modelOf(JSON.parse(JSON.stringify(serializeModel(model))))).toStrictEqual(model);
      }),
      { numRuns: 200 },
    );
  });
});
