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
