/** "Undo" for the last change to a scenario, naming what it undoes. */
import { ViewContext } from './context';
import { h } from './dom';
import { button } from './controls';

export function undoView(ctx: ViewContext): HTMLElement | null {
  const top = ctx.state.undo[ctx.state.undo.length - 1];
  if (!top) return null;
  const what = top.what(ctx.s, ctx.n);
  return h(
    'div',
    { class: 'undo-bar', 'data-test': 'undo' },
    button(ctx.s.undo(what), { size: 'small', appearance: 'secondary', key: 'undo', onClick: () => ctx.act.undo() }),
  );
}
