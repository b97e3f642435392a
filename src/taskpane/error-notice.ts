/** An error as the notice the pane shows: what happened, what to do, what was left, and Excel's code in small print. */
import { problemMessage } from '../model-file/problems';
import { LeftOver } from '../office';
import { DescribedError } from './i18n/errors';
import { Strings } from './i18n/strings';
import { Localized, Notice } from './state';

function leftLines(s: Strings, left: LeftOver): string[] {
  const lines: string[] = [];
  if (left.addedSheets.length) lines.push(s.leftAdded(left.addedSheets.join(', ')));
  if (left.backups.length) lines.push(s.leftBackups(left.backups.map((b) => s.backupWas(b.name, b.originalName, b.hidden)).join(', ')));
  if (left.missingNames.length) lines.push(s.leftNames);
  if (lines.length === 0) return [s.nothingChanged];
  return left.verified ? lines : [s.leftUnverified, ...lines];
}

export function errorNotice(e: DescribedError): Localized<Notice> {
  return (s, n) => {
    const text = s.errors[e.kind];
    const lines = [text.action];
    if (e.unchanged) lines.unshift(s.nothingChanged);
    if (e.left) lines.push(...leftLines(s, e.left));
    if (e.leftBackups?.length) lines.push(e.leftBackups.map((b) => s.backupWas(b.name, b.originalName, b.hidden)).join(', '));
    for (const p of e.problems ?? []) lines.push(problemMessage(p, n.lang));
    return { tone: e.kind === 'cleanupFailed' ? 'warning' : 'error', title: text.title, lines, ...(e.code ? { code: e.code } : {}) };
  };
}
