/**
 * The risk analysis runs each scenario thousands of times with a workspace, which keeps only what the
 * municipality's figures need. Those figures must be the very same doubles as a full run's, for every
 * kind of model: both frame modes, carry-over, projects, investments, population, the reserve.
 */
import fc from 'fast-check';
import { resolveScenario } from '../../src/engine/resolve';
import { allScenarios } from '../../src/engine/run';
import { committeeWorkspace, simulate } from '../../src/engine/simulate';
import { Model, ScenarioResult } from '../../src/engine/types';
import { exampleModel } from '../../src/examples';
import { arbModel, arbModelV2 } from '../support/arbitraries';

/** A result without the committees' own figures and the projects, which a workspace run leaves out. */
function municipality(r: ScenarioResult): Omit<ScenarioResult, 'committees' | 'projects'> {
  const { committees: _c, projects: _p, ...rest } = r;
  return rest;
}

function expectSameMunicipality(model: Model): void {
  for (const scenario of allScenarios(model)) {
    const s = resolveScenario(model, scenario);
    const workspace = committeeWorkspace(s);
    const full = simulate(s);
    // Twice through the same workspace: nothing of the first run may leak into the second.
    simulate(s, workspace);
    const lean = simulate(s, workspace);
    expect(municipality(lean)).toEqual(municipality(full));
    expect(lean.projects).toEqual([]);
  }
}

describe('a run with a workspace', () => {
  it('gives the example the same municipal figures, to the bit', () => {
    expectSameMunicipality(exampleModel());
  });

  it('gives random version 1 and version 2 models the same municipal figures', () => {
    fc.assert(fc.property(arbModel(), (m) => expectSameMunicipality(m)), { numRuns: 100 });
    fc.assert(fc.property(arbModelV2(), (m) => expectSameMunicipality(m)), { numRuns: 100 });
  });
});
