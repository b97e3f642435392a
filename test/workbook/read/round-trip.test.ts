import fc from 'fast-check';
import { Model } from '../../../src/engine/types';
import { modelFromTables } from '../../../src/workbook/read/model-from-tables';
import { arbModel, arbModelV2 } from '../../support/arbitraries';
import { committee, buildModel, withScenarios } from '../../support/model-builders';
import { expectedFromTables } from './expected-model';
import { exampleModel } from './fixtures';
import { tablesFromModel } from './tables-from-model';

function readBack(model: Model, language: 'sv' | 'en' = 'sv'): Model {
  const result = modelFromTables(tablesFromModel(model, language));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.model;
}

describe('modelFromTables: round trip', () => {
  it('reads the example back identically, from Swedish and from English headers', () => {
    const model = exampleModel();
    expect(readBack(model, 'sv')).toEqual(model);
    expect(readBack(model, 'en')).toEqual(model);
  });

  it('keeps explicit no-cap overrides, committee carry-over keys and every kind of scenario override', () => {
    let model = buildModel({
      carryOver: { surplusCap: 0.03, deficitCap: 0.05, repaymentYears: 2 },
      committees: [committee('KS', { carryOver: { surplusCap: null, deficitShare: 0.5 }, openingCarryIn: -2 }), committee('BUN')],
      committeeYears: [{ committee: 'BUN', year: 2028, initiative: 5, deviation: 0.01 }],
      history: [{ year: 2025, revenue: 190, result: 4 }],
    });
    model = withScenarios(
      model,
      { name: 'Stram', overrides: { efficiency: 0.02, frameMode: 'revenue', carryOver: { deficitCap: null } } },
      {
        name: 'Satsning',
        overrides: {
          years: [{ year: 2027, taxRate: 21 }, { year: 2029, grants: 12 }],
          committeeYears: [{ committee: 'KS', year: 2028, initiative: 3 }],
        },
      },
    );
    expect(readBack(model)).toEqual(expectedFromTables(model));
    expect(readBack(model).committees[0].carryOver).toEqual({ surplusCap: null, deficitShare: 0.5 });
  });

  it('reads any valid model back as the same model', () => {
    fc.assert(
      fc.property(arbModel(), fc.constantFrom<'sv' | 'en'>('sv', 'en'), (model, language) => {
        expect(readBack(model, language)).toEqual(expectedFromTables(model));
      }),
      { numRuns: 150 },
    );
  });
});

describe('modelFromTables: round trip of version 2 models', () => {
  it('reads any valid version 2 model back as the same model: investments, projects, population, weights, reserve, restoration, uncertainty and their scenario rows', () => {
    fc.assert(
      fc.property(arbModelV2(), fc.constantFrom<'sv' | 'en'>('sv', 'en'), (model, language) => {
        expect(readBack(model, language)).toEqual(expectedFromTables(model));
      }),
      { numRuns: 200 },
    );
  });
});
