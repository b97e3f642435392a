import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Model } from '../../src/engine';
import { ModelRefusedError, parseModel } from '../../src/model-file';

/**
 * Exempelkommun as it was before version 2 (a frozen copy in test/fixtures): for tests of version 1
 * workbooks and tables, which must keep reading exactly as they did.
 */
export function exampleModelV1(): Model {
  const parsed = parseModel(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'exempelkommun-v1.json'), 'utf8')));
  if (!parsed.ok) throw new ModelRefusedError(parsed.problems);
  return parsed.model;
}
