/** The start: a workbook without a model gets one from the example or from the empty template. */
import { ViewContext } from './context';
import { h } from './dom';
import { button, field, section } from './controls';

export function startView(ctx: ViewContext): HTMLElement {
  const { s, state, act } = ctx;
  const busy = state.busy !== null;
  const nameInput = field({ id: 'template-name', 'data-key': 'template-name', value: state.templateName ?? s.templateNameDefault });
  nameInput.addEventListener('input', () => act.setTemplateName(nameInput.value));
  nameInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') act.createFromTemplate();
  });
  return section(
    'start',
    s.startTitle,
    h('p', {}, state.problems.length ? s.startIntroProblems : s.startIntro),
    h(
      'div',
      { class: 'choice' },
      button(s.fromExample, { appearance: 'primary', key: 'create-example', disabled: busy, ignoreRepeatedClicks: true, describedBy: 'example-hint', onClick: () => act.createFromExample() }),
      h('p', { class: 'hint', id: 'example-hint' }, s.fromExampleHint),
    ),
    h(
      'div',
      { class: 'choice' },
      h('label', { for: 'template-name' }, s.templateName),
      nameInput,
      button(s.fromTemplate, { key: 'create-template', disabled: busy, ignoreRepeatedClicks: true, describedBy: 'template-hint', onClick: () => act.createFromTemplate() }),
      h('p', { class: 'hint', id: 'template-hint' }, s.fromTemplateHint),
    ),
    busy ? h('div', { class: 'loading', role: 'status' }, h('fluent-spinner', { size: 'tiny', 'aria-hidden': 'true' }), h('span', {}, s.creating)) : null,
  );
}
