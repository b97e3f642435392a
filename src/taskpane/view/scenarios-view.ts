/** The scenario list (the base first) and adding, duplicating, renaming and deleting scenarios. */
import { changedScenarios } from '../model/changed';
import { scenarioAt, scenarioCount, scenarioDisplayName } from '../model/levers';
import { NameForm } from '../state';
import { ViewContext } from './context';
import { h } from './dom';
import { button, field, section } from './controls';

function scenarioName(ctx: ViewContext, index: number): string {
  return scenarioDisplayName(ctx.state.model!, index);
}

function scenarioList(ctx: ViewContext): HTMLElement {
  const model = ctx.state.model!;
  const count = scenarioCount(model);
  const changed = changedScenarios(model, ctx.state.savedModel);
  const items: HTMLElement[] = [];
  for (let i = 0; i < count; i++) {
    const isChanged = changed.has(i === 0 ? '' : scenarioAt(model, i).name);
    const id = `scenario-${i}`;
    const input = h('input', { type: 'radio', name: 'scenario', id, value: String(i), 'data-key': id, checked: i === ctx.state.selected });
    input.addEventListener('change', () => ctx.act.selectScenario(i));
    items.push(
      h(
        'label',
        { class: 'scenario-item', for: id, 'data-test': 'scenario' },
        input,
        h('span', { class: 'scenario-name' }, scenarioName(ctx, i)),
        isChanged ? h('span', { class: 'changed-mark', 'data-test': 'changed-mark', title: ctx.s.changedMark }, h('span', { 'aria-hidden': 'true' }, '●'), h('span', { class: 'visually-hidden' }, ctx.s.changedMark)) : null,
        i === 0 ? h('span', { class: 'hint' }, ctx.s.baseHint) : null,
      ),
    );
  }
  return h('fieldset', { class: 'scenario-list' }, h('legend', { class: 'visually-hidden' }, ctx.s.scenarios), ...items);
}

function nameForm(ctx: ViewContext, form: NameForm): HTMLElement {
  const input = field({
    id: 'form-name',
    'data-key': 'form-name',
    value: form.text,
    maxlength: 64,
    'aria-invalid': form.problem ? 'true' : undefined,
    'aria-describedby': form.problem ? 'form-name-error' : undefined,
  });
  input.addEventListener('input', () => ctx.act.setFormText(input.value));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') ctx.act.submitForm();
    if (e.key === 'Escape') ctx.act.cancelForm();
  });
  return h(
    'div',
    { class: 'inline-form', 'data-test': 'name-form' },
    h('label', { for: 'form-name' }, ctx.s.scenarioName),
    input,
    form.problem ? h('p', { class: 'field-error', id: 'form-name-error' }, ctx.s.nameProblems[form.problem]) : null,
    h(
      'div',
      { class: 'buttons' },
      button(ctx.s.save, { appearance: 'primary', key: 'form-save', onClick: () => ctx.act.submitForm() }),
      button(ctx.s.cancel, { key: 'form-cancel', onClick: () => ctx.act.cancelForm() }),
    ),
  );
}

function removeForm(ctx: ViewContext): HTMLElement {
  return h(
    'div',
    { class: 'inline-form', role: 'group', 'aria-labelledby': 'remove-question', 'data-test': 'remove-form' },
    h('p', { id: 'remove-question' }, ctx.s.confirmRemove(scenarioName(ctx, ctx.state.selected))),
    h(
      'div',
      { class: 'buttons' },
      button(ctx.s.remove, { appearance: 'primary', key: 'form-confirm', onClick: () => ctx.act.submitForm() }),
      button(ctx.s.cancel, { key: 'form-cancel', onClick: () => ctx.act.cancelForm() }),
    ),
  );
}

export function scenariosView(ctx: ViewContext): HTMLElement {
  const { s, state, act } = ctx;
  const isBase = state.selected === 0;
  const form = state.form;
  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'group', 'aria-label': s.scenarios },
    button(s.add, { size: 'small', key: 'scenario-add', onClick: () => act.beginAdd() }),
    button(s.duplicate, { size: 'small', key: 'scenario-duplicate', onClick: () => act.duplicate() }),
    button(s.rename, { size: 'small', key: 'scenario-rename', disabled: isBase, focusableWhenDisabled: true, describedBy: isBase ? 'base-locked' : undefined, onClick: () => act.beginRename() }),
    button(s.remove, { size: 'small', key: 'scenario-remove', disabled: isBase, focusableWhenDisabled: true, describedBy: isBase ? 'base-locked' : undefined, onClick: () => act.beginRemove() }),
  );
  return section(
    'scenarios',
    s.scenarios,
    scenarioList(ctx),
    toolbar,
    isBase ? h('p', { class: 'hint base-locked', id: 'base-locked', 'data-test': 'base-locked' }, s.baseLocked) : null,
    form === null ? null : form.kind === 'remove' ? removeForm(ctx) : nameForm(ctx, form),
  );
}
