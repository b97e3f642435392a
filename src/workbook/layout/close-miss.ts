/**
 * A rolling share that misses the target but would show as equal to it: 2.9996 % against a 3.0 %
 * target reads "3,0 %" beside "Nej". The rule that decides is the page's (the share at or above the
 * target less TARGET_TOLERANCE); where it fails while the shown figures agree (both rounded to
 * PERCENT's one decimal), the cell shows four decimals instead, as the task pane does. A live
 * conditional format, so it follows every edit of the levers.
 */
import { TARGET_TOLERANCE } from '../../engine/types';
import { FormulaConditionalFormat, RangeRef } from '../description';
import { PERCENT_CLOSE } from './formats';
import { excelNumber } from './formula';

/**
 * `share`: the top-left cell of `area`, relative (it moves with each cell); `target`: the target's
 * cell for that same cell, absolute or moving along with it.
 */
export function closeMissFormat(area: RangeRef, share: string, target: string): FormulaConditionalFormat {
  return {
    range: area,
    when: `AND(${share}<${target}-${excelNumber(TARGET_TOLERANCE)},ROUND(${share},3)>=ROUND(${target},3))`,
    numberFormat: PERCENT_CLOSE,
  };
}
