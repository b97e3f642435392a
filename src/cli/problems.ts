import { Language } from '../engine';
import { formatProblem, Problem } from '../model-file';

/**
 * A refused model as printed on standard error: a line naming the file (when there is one) and the
 * number of problems, then each problem with its place, all in `lang`.
 */
export function refusalReport(file: string | undefined, problems: readonly Problem[], lang: Language): string {
  const n = problems.length;
  const head =
    lang === 'sv'
      ? `budgetsim: ${file === undefined ? 'modellen' : `modellen i ${file}`} godtogs inte (${n} problem):\n`
      : `budgetsim: ${file === undefined ? 'the model' : `model file ${file}`} was refused (${n} problem${n === 1 ? '' : 's'}):\n`;
  return head + problems.map((p) => `  ${formatProblem(p, lang)}\n`).join('');
}
