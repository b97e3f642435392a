/**
 * A rolling share that misses the target but would show as equal to it at one decimal gets four
 * decimals, by a live conditional format on the scenario sheets and the comparison sheet.
 */
import { exampleModel } from '../../../src/examples';
import { range } from '../../../src/workbook/a1';
import { CellContent, isFormulaRule } from '../../../src/workbook/description';
import { Evaluator } from '../../../src/workbook/evaluate';
import { closeMissFormat } from '../../../src/workbook/layout/close-miss';
import { describeWorkbook } from '../../../src/workbook/layout';
import { PERCENT_CLOSE } from '../../../src/workbook/layout/formats';

/** The rule's formula for a share in A1 against a target in $B$1, evaluated as Excel would. */
function applies(share: number, target: number): unknown {
  const when = closeMissFormat(range(0, 0), 'A1', '$B$1').when;
  const cells = new Map<string, CellContent>([['0:0', share], ['0:1', target], ['0:2', { formula: when, cached: null }]]);
  const ev = new Evaluator({ cell: (_s, r, c) => cells.get(`${r}:${c}`), name: () => undefined });
  return ev.value('S', 0, 2);
}

describe('the close-miss format', () => {
  it.each([
    // 2,996 % shows as 3,0 % but misses 3,0 % by 0,004 points: four decimals (2,9960 %).
    [0.02996, 0.03, true],
    // 2,95 % rounds to 3,0 % at one decimal (half away from zero) and misses: four decimals.
    [0.0295, 0.03, true],
    // Within the page's tolerance (1e-9) of the target: met, one decimal.
    [0.03 - 5e-10, 0.03, false],
    // 2,94 % shows as 2,9 %, plainly below: one decimal is enough.
    [0.0294, 0.03, false],
    // Above the target: met.
    [0.0301, 0.03, false],
    // A 2,5 % target missed by 2,46 % (shows 2,5 %).
    [0.0246, 0.025, true],
  ])('share %d against target %d: four decimals is %s', (share, target, expected) => {
    expect(applies(share, target)).toBe(expected);
  });

  it('sits on every scenario sheet\'s rolling share row and on each scenario\'s row of the comparison', () => {
    const model = exampleModel();
    const desc = describeWorkbook(model);
    const rules = desc.sheets.map((s) => ({ sheet: s, rules: s.conditionalFormats.filter(isFormulaRule) }));
    const scenarioSheets = rules.filter((r) => r.sheet.role === 'scenario');
    expect(scenarioSheets).toHaveLength(model.scenarios.length + 1);
    for (const { rules: own } of scenarioSheets) {
      expect(own).toHaveLength(1);
      expect(own[0].numberFormat).toBe(PERCENT_CLOSE);
      expect(own[0].range.columns).toBe(model.years.length);
    }
    const comparison = rules.find((r) => r.sheet.role === 'comparison')!;
    expect(comparison.rules).toHaveLength(model.scenarios.length + 1);
    // Each against its own scenario's target cell.
    const targets = comparison.rules.map((r) => /ROUND\(([^,]+),3\)\)$/.exec(r.when)?.[1]);
    expect(new Set(targets).size).toBe(model.scenarios.length + 1);
    for (const t of targets) expect(t).toMatch(/^'[^']+'!\$B\$\d+$/);
  });
});
