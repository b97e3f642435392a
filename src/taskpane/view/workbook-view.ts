/** Writing to and reading from the workbook, with a progress bar while a write runs. */
import { ViewContext } from './context';
import { h } from './dom';
import { button, section } from './controls';
import { noticeBar } from './notice-view';
import { changedScenarios, removedScenarios } from '../model/changed';
import { baseDisplayName } from '../model/levers';

export function workbookView(ctx: ViewContext): HTMLElement {
  const { s, state, act } = ctx;
  const writing = state.busy === 'writing' || state.busy === 'creating';
  const busy = state.busy !== null;
  const dirty = state.model !== state.savedModel;
  const invalid = [...state.drafts.values()].some((d) => d.error !== null);
  const model = state.model!;
  const changed = changedScenarios(model, state.savedModel);
  const changedNames = [...(changed.has('') ? [baseDisplayName(model)] : []), ...model.scenarios.filter((x) => changed.has(x.name)).map((x) => x.name)];
  const removed = removedScenarios(model, state.savedModel);
  const p = state.progress;
  const progressText = writing ? (p && p.total > 0 ? s.writeProgress(Math.min(p.done + 1, p.total), p.total) : s.writing) : '';
  const bar = writing
    ? h('fluent-progress-bar', {
        role: 'progressbar',
        'aria-label': s.writing,
        'data-test': 'progress',
        ...(p && p.total > 0
          ? { value: p.done, min: 0, max: p.total, 'aria-valuenow': p.done, 'aria-valuemin': 0, 'aria-valuemax': p.total }
          : {}),
      })
    : null;
  return section(
    'workbook',
    s.workbook,
    h(
      'div',
      { class: 'buttons' },
      button(writing ? s.writing : s.write, {
        appearance: 'primary',
        key: 'write',
        disabled: busy || invalid,
        focusableWhenDisabled: true,
        ignoreRepeatedClicks: true,
        describedBy: invalid ? 'write-blocked' : undefined,
        onClick: () => act.write(),
      }),
      button(state.busy === 'reading' ? s.reading : s.readAgain, { key: 'read', disabled: busy, focusableWhenDisabled: true, onClick: () => act.read() }),
    ),
    state.confirmRead && !busy
      ? h(
          'div',
          { class: 'inline-form', role: 'group', 'aria-labelledby': 'read-question', 'data-test': 'read-confirm' },
          h('p', { id: 'read-question' }, s.confirmRead),
          h(
            'div',
            { class: 'buttons' },
            button(s.readAnyway, { appearance: 'primary', key: 'read-anyway', onClick: () => act.readAnyway() }),
            button(s.cancel, { key: 'read-cancel', onClick: () => act.cancelRead() }),
          ),
        )
      : null,
    bar,
    h('p', { class: 'progress-text', 'aria-live': 'polite', 'data-test': 'progress-text' }, progressText),
    invalid ? h('p', { class: 'field-error', id: 'write-blocked', 'data-test': 'write-blocked' }, s.fixFieldsFirst) : null,
    dirty && !writing ? h('p', { class: 'hint', 'data-test': 'unsaved' }, s.unsaved) : null,
    dirty && !writing && changedNames.length ? h('p', { class: 'hint', 'data-test': 'changed-since' }, s.changedSince(changedNames.join(', '))) : null,
    dirty && !writing && removed.length ? h('p', { class: 'hint', 'data-test': 'removed-since' }, s.removedSince(removed.join(', '))) : null,
    state.noticeAt === 'workbook' ? noticeBar(ctx) : null,
    h(
      'div',
      { class: 'restart' },
      state.confirmRestart
        ? h(
            'div',
            { class: 'inline-form', role: 'group', 'aria-labelledby': 'restart-question', 'data-test': 'restart-confirm' },
            h('p', { id: 'restart-question' }, s.restartQuestion),
            h(
              'div',
              { class: 'buttons' },
              button(s.restartGo, { appearance: 'primary', key: 'restart-go', onClick: () => act.restart() }),
              button(s.cancel, { key: 'restart-cancel', onClick: () => act.cancelRestart() }),
            ),
          )
        : button(s.restart, { size: 'small', appearance: 'subtle', key: 'restart', disabled: busy, onClick: () => act.beginRestart() }),
    ),
  );
}
