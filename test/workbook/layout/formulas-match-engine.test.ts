/**
 * Every formula the layout writes must compute what the engine computes: evaluated here over the
 * example and random models, and by LibreOffice in test/libreoffice. Edited inputs must flow through
 * the formulas to the same figures the engine gives for the edited model.
 */
import fc from 'fast-check';
import { Model } from '../../../src/engine';
import { exampleModel } from '../../../src/examples';
import { describeWorkbook } from '../../../src/workbook/layout';
import { arbModel, arbModelV2 } from '../../support/arbitraries';
import { formulaCells, mismatches } from './helpers';
import { tableCell } from './table-cells';
import { CellContent } from '../../../src/workbook/description';
import { exampleModelV2 } from '../../support/model-v2';

describe('layout formulas agree with the engine', () => {
  it('the example: every formula cell evaluates to its cached engine value', () => {
    const desc = describeWorkbook(exampleModel());
    expect(formulaCells(desc).length).toBeGreaterThan(1000);
    expect(mismatches(desc, desc)).toEqual([]);
  });

  it('random models in both frame modes, with scenarios, carry-over rules and history gaps', () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const desc = describeWorkbook(model);
        expect(mismatches(desc, desc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  describe('an edited input cell recalculates to the engine run on the edited model', () => {
    const edit = (change: (m: Model) => void, locate: (desc: ReturnType<typeof describeWorkbook>, m: Model) => { sheet: string; row: number; column: number }, value: number) => {
      const model = exampleModel();
      const written = describeWorkbook(model);
      const edited = exampleModel();
      change(edited);
      const expected = describeWorkbook(edited);
      const at = locate(written, model);
      const edits = new Map([[`${at.sheet}!${at.row}:${at.column}`, value]]);
      const problems = mismatches(written, expected, edits);
      expect(problems).toEqual([]);
      // The edit changed results, so agreement is not just the old cached values read back.
      const before = written.sheets[1].blocks[0].cells;
      const after = expected.sheets[1].blocks[0].cells;
      expect(JSON.stringify(before)).not.toEqual(JSON.stringify(after));
    };

    it('next year’s efficiency requirement in the years table', () => {
      const m0 = exampleModel();
      const y = m0.years[0].year;
      edit((m) => (m.years[0].efficiency = 0.025), (d) => tableCell(d, 'bsYears', (r) => r[0] === y, 'efficiency'), 0.025);
    });

    it('a tax rate', () => {
      const y = exampleModel().years[1].year;
      edit((m) => (m.years[1].taxRate = 22.1), (d) => tableCell(d, 'bsYears', (r) => r[0] === y, 'taxRate'), 22.1);
    });

    it('a committee’s labour share', () => {
      const id = exampleModel().committees[2].id;
      edit((m) => (m.committees[2].labourShare = 0.2), (d) => tableCell(d, 'bsCommittees', (r) => r[0] === id, 'labourShare'), 0.2);
    });
  });
});

describe('layout formulas agree with the engine on version 2 models', () => {
  it('random version 2 models: investments, projects, population, FTEs, the reserve and the restoration', () => {
    fc.assert(
      fc.property(arbModelV2(), (model) => {
        const desc = describeWorkbook(model);
        expect(mismatches(desc, desc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('version 2: an edited input cell recalculates to the engine run on the edited model', () => {
  const edit = (table: string, which: (row: CellContent[]) => boolean, key: string, value: number, change: (m: Model) => void) => {
    const written = describeWorkbook(exampleModelV2());
    const edited = exampleModelV2();
    change(edited);
    const expected = describeWorkbook(edited);
    const at = tableCell(written, table, which, key);
    expect(mismatches(written, expected, new Map([[`${at.sheet}!${at.row}:${at.column}`, value]]))).toEqual([]);
    expect(mismatches(written, expected).length).toBeGreaterThan(5);
  };

  it('the version 2 example as written', () => {
    const desc = describeWorkbook(exampleModelV2());
    expect(mismatches(desc, desc)).toEqual([]);
  });
  it('a spend', () => edit('bsInvestmentSpend', (r) => r[0] === 'I1', 'amount', 420, (m) => (m.investments![0].spend[0].amount = 420)));
  it('a life', () => edit('bsInvestments', (r) => r[0] === 'I2', 'life', 3, (m) => (m.investments![1].life = 3)));
  it('an interest rate', () => edit('bsYears', (r) => r[0] === 2028, 'interestRate', 0.045, (m) => (m.years.find((y) => y.year === 2028)!.interestRate = 0.045)));
  it('a population count', () => edit('bsPopulation', (r) => r[0] === 2028 && r[1] === 'G1', 'count', 7900, (m) => (m.population!.find((p) => p.year === 2028 && p.group === 'G1')!.count = 7900)));
  it('a weight', () => edit('bsDemographyWeights', (r) => r[0] === 'VON', 'weight', 0.6, (m) => (m.committees.find((c) => c.id === 'VON')!.demographyWeights![0].weight = 0.6)));
  it('a balance adjustment', () => edit('bsYears', (r) => r[0] === 2028, 'balanceAdjustments', -180, (m) => (m.years.find((y) => y.year === 2028)!.balanceAdjustments = -180)));
  it('the reserve threshold', () => edit('bsSettings', (r) => r[2] === 'reserveThreshold', 'value', 0.002, (m) => (m.reserve!.threshold = 0.002)));
  it('the reserve opening balance', () => edit('bsSettings', (r) => r[2] === 'reserveOpeningBalance', 'value', 400, (m) => (m.reserve!.openingBalance = 400)));
});
