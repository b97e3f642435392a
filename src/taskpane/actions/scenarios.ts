/** The scenario list's actions: choosing, adding, duplicating, renaming and deleting, with their forms. */
import { PaneCore } from '../core';
import { stringsFor } from '../i18n/strings';
import { scenarioAt, scenarioCount, scenarioDisplayName } from '../model/levers';
import { addScenario, deleteScenario, duplicateScenario, freeName, nameProblem, renameScenario } from '../model/scenarios';
import { uniqueSheetNames } from '../../workbook/layout/sheet-names';
import { Strings } from '../i18n/strings';

/** The sheet a scenario name becomes, when Excel's rules change it ("Alt [1]: 2027/28?*" → "Alt -1-- 2027-28--"). */
export function changedSheetName(name: string): string | null {
  const [sheet] = uniqueSheetNames([name], []);
  return sheet === name.trim() ? null : sheet;
}

/** Remembers the model before a scenario is added, renamed or deleted, so that too can be undone. */
function remember(core: PaneCore, what: (s: Strings) => string): void {
  core.state.undo = [...core.state.undo.slice(-19), { model: core.model, selected: core.state.selected, solved: new Map(core.state.solved), what, field: null }];
}

function sheetLines(s: Strings, name: string): string[] {
  const sheet = changedSheetName(name);
  return sheet === null ? [] : [s.sheetNameChanged(name, sheet)];
}

/** The base's names in both languages: no scenario may take them. */
function reservedNames(): string[] {
  return [stringsFor('sv').baseName, stringsFor('en').baseName];
}

export function selectScenario(core: PaneCore, index: number): void {
  if (index === core.state.selected || index < 0 || index >= scenarioCount(core.model)) return;
  core.update({ selected: index, form: null, drafts: new Map(), solveMessage: null });
}

export function beginAdd(core: PaneCore): void {
  const text = freeName(core.model, core.strings.newScenarioStem, reservedNames());
  core.update({ form: { kind: 'add', text, problem: null } });
  core.view.focus('form-name');
}

export function beginRename(core: PaneCore): void {
  if (core.state.selected === 0) return;
  core.update({ form: { kind: 'rename', text: scenarioAt(core.model, core.state.selected).name, problem: null } });
  core.view.focus('form-name');
}

export function beginRemove(core: PaneCore): void {
  if (core.state.selected === 0) return;
  core.update({ form: { kind: 'remove' } });
  core.view.focus('form-confirm');
}

export function cancelForm(core: PaneCore): void {
  const kind = core.state.form?.kind;
  core.update({ form: null });
  core.view.focus(kind === 'add' ? 'scenario-add' : kind === 'rename' ? 'scenario-rename' : 'scenario-remove');
}

export function setFormText(core: PaneCore, text: string): void {
  const form = core.state.form;
  if (!form || form.kind === 'remove') return;
  form.text = text;
  if (form.problem) {
    form.problem = null;
    core.view.renderSections(['scenarios']);
  }
}

function remove(core: PaneCore): void {
  const index = core.state.selected;
  const name = scenarioAt(core.model, index).name;
  const solved = new Map(core.state.solved);
  solved.delete(name);
  remember(core, (s) => s.scenarioRemoved(name));
  const next = deleteScenario(core.model, index);
  const clamp = (i: number) => (i === index ? 0 : i > index ? i - 1 : i);
  const [a, b] = core.state.compare;
  core.setModel(next, {
    selected: index - 1,
    compare: [clamp(a), clamp(b)],
    form: null,
    solved,
    drafts: new Map(),
    solveMessage: null,
    notice: (s) => ({ tone: 'info', title: s.scenarioRemoved(name), lines: [] }),
  });
  core.view.focus(`scenario-${index - 1}`);
}

export function submitForm(core: PaneCore): void {
  const form = core.state.form;
  if (!form) return;
  if (form.kind === 'remove') return remove(core);
  const model = core.model;
  const index = core.state.selected;
  const problem = nameProblem(model, form.text, reservedNames(), form.kind === 'rename' ? index : undefined);
  if (problem) {
    core.update({ form: { ...form, problem } });
    core.view.focus('form-name');
    return;
  }
  const name = form.text.trim();
  if (form.kind === 'add') {
    remember(core, (s) => s.scenarioAdded(name));
    const next = addScenario(model, name);
    core.setModel(next, {
      selected: next.scenarios.length,
      form: null,
      drafts: new Map(),
      solveMessage: null,
      notice: (s) => ({ tone: 'success', title: s.scenarioAdded(name), lines: sheetLines(s, name) }),
    });
    core.view.focus(`scenario-${next.scenarios.length}`);
    return;
  }
  const old = scenarioAt(model, index).name;
  const solved = new Map(core.state.solved);
  if (solved.has(old)) {
    solved.set(name, solved.get(old) ?? null);
    solved.delete(old);
  }
  const compare = core.state.compare;
  if (old !== name) remember(core, (s) => s.scenarioRenamed(old, name));
  core.setModel(renameScenario(model, index, name), {
    form: null,
    solved,
    compare,
    notice: old === name ? null : (s) => ({ tone: 'success', title: s.scenarioRenamed(old, name), lines: sheetLines(s, name) }),
  });
  core.view.focus(`scenario-${index}`);
}

export function duplicate(core: PaneCore): void {
  const model = core.model;
  const index = core.state.selected;
  const source = scenarioDisplayName(model, index);
  const name = freeName(model, core.strings.copyOf(source), reservedNames());
  remember(core, (s) => s.scenarioAdded(name));
  core.setModel(duplicateScenario(model, index, name), {
    selected: index + 1,
    form: null,
    drafts: new Map(),
    solveMessage: null,
    notice: (s) => ({ tone: 'success', title: s.scenarioAdded(name), lines: sheetLines(s, name) }),
  });
  core.view.focus(`scenario-${index + 1}`);
}
