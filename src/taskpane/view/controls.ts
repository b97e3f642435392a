/** The pane's controls: Fluent web components where Fluent has them, native inputs styled with Fluent's tokens. */
import { ViewContext } from './context';
import { Attrs, Child, h } from './dom';

export interface ButtonOptions {
  appearance?: 'primary' | 'secondary' | 'subtle' | 'outline' | 'transparent';
  size?: 'small' | 'medium' | 'large';
  disabled?: boolean;
  /** Stays in the tab order while disabled, so the focus is not lost when an action disables its own button. */
  focusableWhenDisabled?: boolean;
  /** Stable key: keeps focus on this control when its section is redrawn, and names it for tests. */
  key: string;
  describedBy?: string;
  /** The second click of a double click does nothing (for actions that must not run twice). */
  ignoreRepeatedClicks?: boolean;
  onClick: () => void;
}

export function button(label: Child, options: ButtonOptions): HTMLElement {
  const el = h(
    'fluent-button',
    {
      role: 'button',
      appearance: options.appearance ?? 'secondary',
      size: options.size ?? 'medium',
      'data-key': options.key,
      disabled: options.disabled && !options.focusableWhenDisabled,
      'disabled-focusable': options.disabled && options.focusableWhenDisabled,
      'aria-disabled': options.disabled ? 'true' : undefined,
      'aria-describedby': options.describedBy,
    },
    label,
  );
  el.addEventListener('click', (e) => {
    if (options.ignoreRepeatedClicks && e.detail > 1) return;
    if (!el.hasAttribute('disabled') && !el.hasAttribute('disabled-focusable')) options.onClick();
  });
  return el;
}

export function section(id: string, title: Child, ...children: Child[]): HTMLElement {
  const headingId = `${id}-title`;
  return h('section', { id, 'aria-labelledby': headingId, class: 'card' }, h('h2', { id: headingId }, title), ...children);
}

export function field(attrs: Attrs): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs });
}

/**
 * An info button (a disclosure: Enter or Space opens it) and the short explanation it shows,
 * for a figure whose meaning is not obvious. The caller places both.
 */
export function info(ctx: ViewContext, key: string, what: string, text: string): { button: HTMLElement; text: HTMLElement | null } {
  const open = ctx.state.openInfo.has(key);
  const id = `info-${key}-text`;
  const b = h(
    'button',
    { type: 'button', class: 'info', 'data-key': `info-${key}`, 'aria-expanded': String(open), 'aria-controls': id, 'aria-label': ctx.s.info(what), title: ctx.s.info(what) },
    h('span', { 'aria-hidden': 'true' }, 'i'),
  );
  b.addEventListener('click', () => ctx.act.toggleInfo(key));
  return { button: b, text: open ? h('p', { class: 'info-text', id, 'data-test': `info-${key}` }, text) : null };
}
