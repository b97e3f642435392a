/** Problems found in the workbook's input tables; each with a place selects its cell when clicked. */
import { Problem } from '../../model-file/problems';
import { problemText } from '../i18n/problems';
import { ViewContext } from './context';
import { h } from './dom';
import { button, section } from './controls';

function place(ctx: ViewContext, p: Problem): string {
  const loc = p.location;
  if (!loc) return p.path;
  return ctx.s.problemPlace(loc.sheet, loc.address, loc.row, loc.column);
}

function problemItem(ctx: ViewContext, p: Problem, i: number): HTMLElement {
  const text = problemText(p, ctx.state.lang);
  const body = [
    h('span', { class: 'problem-place' }, place(ctx, p)),
    h('span', { class: 'problem-summary' }, text.summary),
    text.detail ? h('span', { class: 'problem-detail', lang: 'en' }, text.detail) : null,
  ];
  if (!p.location) return h('li', {}, h('div', { class: 'problem' }, ...body));
  const b = h('button', { type: 'button', class: 'problem', 'data-key': `problem-${i}` }, ...body);
  b.addEventListener('click', () => ctx.act.selectProblem(p));
  return h('li', {}, b);
}

export function problemsView(ctx: ViewContext): HTMLElement | null {
  const problems = ctx.state.problems;
  if (problems.length === 0) return null;
  const list = h('ul', { class: 'problems', 'data-test': 'problems' }, ...problems.map((p, i) => problemItem(ctx, p, i)));
  const busy = ctx.state.busy !== null;
  const read = button(ctx.state.busy === 'reading' ? ctx.s.reading : ctx.s.readAgain, {
    key: 'problems-read',
    disabled: busy,
    focusableWhenDisabled: true,
    onClick: () => ctx.act.read(),
  });
  const s = section('problems', ctx.s.problemsTitle(problems.length), h('p', { class: 'hint' }, ctx.s.problemsIntro), list, h('div', { class: 'buttons after' }, read));
  s.classList.add('warning');
  s.setAttribute('tabindex', '-1');
  s.setAttribute('data-key', 'problems');
  return s;
}
