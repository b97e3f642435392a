/** The message bar: the outcome of the last action, or an error with what to do about it. */
import { ViewContext } from './context';
import { h } from './dom';
import { button } from './controls';

const INTENT = { success: 'success', info: 'info', warning: 'warning', error: 'error' } as const;

/** The notice at the top of the pane. */
export function noticeView(ctx: ViewContext): HTMLElement | null {
  return ctx.state.noticeAt === 'top' ? noticeBar(ctx) : null;
}

export function noticeBar(ctx: ViewContext): HTMLElement | null {
  const make = ctx.state.notice;
  if (!make) return null;
  const notice = make(ctx.s, ctx.n);
  const bar = h(
    'fluent-message-bar',
    {
      intent: INTENT[notice.tone],
      layout: 'multiline',
      role: notice.tone === 'error' ? 'alert' : 'status',
      'data-test': 'notice',
      'data-tone': notice.tone,
    },
    h(
      'div',
      { class: 'notice-body' },
      h('strong', {}, notice.title),
      ...notice.lines.map((line) => h('p', {}, line)),
      notice.code ? h('p', { class: 'code' }, ctx.s.errorCode(notice.code)) : null,
    ),
  );
  const close = button('×', { appearance: 'transparent', size: 'small', key: 'notice-dismiss', onClick: () => ctx.act.dismissNotice() });
  close.setAttribute('slot', 'dismiss');
  close.setAttribute('aria-label', ctx.s.dismiss);
  close.setAttribute('title', ctx.s.dismiss);
  bar.appendChild(close);
  return bar;
}
