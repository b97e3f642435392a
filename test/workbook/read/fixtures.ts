import example from '../../../src/examples/exempelkommun.json';
import { Model } from '../../../src/engine/types';
import { parseModel, Problem } from '../../../src/model-file';
import { modelFromTables } from '../../../src/workbook/read/model-from-tables';
import { TableSet } from '../../../src/workbook/read/table-data';

export function exampleModel(): Model {
  const parsed = parseModel(example);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.model;
}

/** The model read from `tables`, failing the test with the problems when refused. */
export function readOk(tables: TableSet): Model {
  const result = modelFromTables(tables);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.model;
}

/** The problems reading `tables`, failing the test when the model was accepted. */
export function readRefused(tables: TableSet): Problem[] {
  const result = modelFromTables(tables);
  if (result.ok) throw new Error('the tables were accepted');
  return result.problems;
}
