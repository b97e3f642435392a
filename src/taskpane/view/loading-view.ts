import { ViewContext } from './context';
import { h } from './dom';

export function loadingView(ctx: ViewContext): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('fluent-spinner', { size: 'small', 'aria-hidden': 'true' }), h('span', {}, ctx.s.loading));
}
