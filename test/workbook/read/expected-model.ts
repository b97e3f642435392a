/**
 * What a model reads back as from its tables: the model as the model-file parser completes it, less
 * what tables cannot hold (an empty carry-over override or reserve, an empty list, which read back
 * as absent).
 */
import { Model, ScenarioOverrides } from '../../../src/engine/types';
import { parseModel } from '../../../src/model-file';

function isEmpty(value: object | undefined): boolean {
  return value !== undefined && Object.keys(value).length === 0;
}

export function expectedFromTables(model: Model): Model {
  const parsed = parseModel(model);
  if (!parsed.ok) throw new Error(`the test model is invalid: ${JSON.stringify(parsed.problems)}`);
  const m = structuredClone(parsed.model);
  for (const c of m.committees) {
    if (isEmpty(c.carryOver)) delete c.carryOver;
    if (c.demographyWeights?.length === 0) delete c.demographyWeights;
  }
  for (const key of ['investments', 'projects', 'ageGroups', 'population', 'openingRestoration'] as const) if (m[key]?.length === 0) delete m[key];
  if (isEmpty(m.reserve)) delete m.reserve;
  if (m.uncertainty?.inputs.length === 0) delete m.uncertainty;
  for (const s of m.scenarios) {
    const o: ScenarioOverrides = s.overrides;
    if (isEmpty(o.carryOver)) delete o.carryOver;
    if (isEmpty(o.reserve)) delete o.reserve;
    if (o.years?.length === 0) delete o.years;
    if (o.committeeYears?.length === 0) delete o.committeeYears;
    if (o.projects?.length === 0) delete o.projects;
    if (o.investments?.length === 0) delete o.investments;
  }
  return m;
}
