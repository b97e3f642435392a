import { engineCases } from './engine';
import { BenchCase } from './harness';
import { officeCases } from './office';
import { riskCases } from './risk';
import { taskpaneCases } from './taskpane';
import { xlsxCases } from './xlsx';

/** Every bench case, in the order they run. A new area adds its file's cases here. */
export const allCases: BenchCase[] = [...engineCases, ...riskCases, ...xlsxCases, ...officeCases, ...taskpaneCases];
