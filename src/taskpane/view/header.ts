/** The pane's title bar: the product, the municipality and its plan, and the language switch. */
import { Lang } from '../i18n/language';
import { ViewContext } from './context';
import { h } from './dom';

function languageSwitch(ctx: ViewContext): HTMLElement {
  const group = h('div', { role: 'group', 'aria-label': ctx.s.languageGroup, class: 'language' });
  for (const lang of ['sv', 'en'] as Lang[]) {
    const pressed = ctx.state.lang === lang;
    const b = h(
      'fluent-toggle-button',
      {
        role: 'button',
        size: 'small',
        appearance: 'subtle',
        pressed,
        'aria-pressed': String(pressed),
        'data-key': `lang-${lang}`,
        lang,
      },
      ctx.s.languageNames[lang],
    );
    b.addEventListener('click', () => ctx.act.setLanguage(lang));
    group.appendChild(b);
  }
  return group;
}

export function headerView(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model;
  const sub = model
    ? h(
        'p',
        { class: 'subtitle', 'data-test': 'model-summary' },
        h('span', { class: 'municipality' }, model.name),
        ' · ',
        ctx.s.planYears(model.baseYear + 1, model.baseYear + model.horizon),
        ' · ',
        ctx.s.amountsIn(ctx.n.unitName(model.unit)),
      )
    : h('p', { class: 'subtitle' }, ctx.s.tagline);
  return h(
    'header',
    { class: 'top' },
    h('div', { class: 'title-row' }, h('h1', {}, ctx.s.appName), languageSwitch(ctx)),
    sub,
  );
}
