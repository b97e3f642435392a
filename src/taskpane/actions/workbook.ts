/**
 * The workbook actions: opening on the workbook's model, creating a workbook, writing (once at a
 * time, with progress), reading the input tables back, and showing a problem's cell.
 */
import { Model } from '../../engine/types';
import { Problem } from '../../model-file/problems';
import { StoredModelError } from '../../office';
import { PaneCore } from '../core';
import { errorNotice } from '../error-notice';
import { describeError } from '../i18n/errors';
import { Localized, Notice } from '../state';

/** Loads the model the workbook holds: the stored copy, else the input tables, else offers a start. */
export async function open(core: PaneCore): Promise<void> {
  core.view.render();
  try {
    let unreadable: Localized<Notice> | null = null;
    try {
      const stored = await core.gateway.stored();
      if (stored) return core.loaded(stored, null);
    } catch (err) {
      if (!(err instanceof StoredModelError)) throw err;
      unreadable = errorNotice(describeError(err));
    }
    const read = await core.gateway.read();
    if (read.ok) return core.loaded(read.model, unreadable ?? ((s) => ({ tone: 'info', title: s.readDone, lines: [] })));
    const missingOnly = read.problems.every((p) => p.code === 'table-missing');
    core.update({ phase: 'start', problems: missingOnly ? [] : read.problems, notice: unreadable });
  } catch (err) {
    core.update({ phase: 'start', notice: errorNotice(describeError(err)) });
  }
}

/** Writes `model`; returns whether it was written. A call while a write runs does nothing. */
export async function runWrite(core: PaneCore, model: Model, busy: 'writing' | 'creating'): Promise<boolean> {
  const outcome = await core.writes.run(async () => {
    core.update({ busy, progress: null, notice: null, confirmRead: false });
    try {
      const report = await core.gateway.write(model, {
        solved: new Map(core.state.solved),
        onProgress: (p) => core.update({ progress: { ...p } }, ['workbook']),
      });
      return { ok: true as const, report };
    } catch (err) {
      return { ok: false as const, err };
    }
  });
  if (!outcome.started) return false;
  const result = outcome.value;
  if (!result.ok) {
    const described = describeError(result.err);
    const written = described.kind === 'cleanupFailed';
    core.update({
      busy: null,
      progress: null,
      notice: errorNotice(described),
      noticeAt: core.atWorkbook(),
      ...(written ? { savedModel: model, problems: [] } : {}),
    });
    return written;
  }
  const { report } = result;
  core.update({
    busy: null,
    savedModel: model,
    problems: [],
    noticeAt: core.atWorkbook(),
    notice: (s) => ({
      tone: 'success',
      title: s.written(report.sheets.length),
      lines: [...(report.keptUserSheets.length ? [s.keptUserSheets(report.keptUserSheets.join(', '))] : []), ...(report.skipped ?? [])],
    }),
  });
  return true;
}

export async function create(core: PaneCore, model: Model): Promise<void> {
  if (await runWrite(core, model, 'creating')) {
    core.loaded(model, (s) => ({ tone: 'success', title: s.created(model.name), lines: [] }));
  }
}

/** The lever fields whose text the model did not take: while there are any, the pane does not write. */
export function invalidFields(core: PaneCore): string[] {
  return [...core.state.drafts].filter(([, d]) => d.error !== null).map(([key]) => key);
}

export function write(core: PaneCore): void {
  if (!core.state.model || core.writes.busy) return;
  const invalid = invalidFields(core);
  if (invalid.length) {
    core.update({ notice: (s) => ({ tone: 'error', title: s.fixFieldsFirst, lines: [] }), noticeAt: 'workbook' }, ['workbook']);
    core.view.focus(invalid[0]);
    return;
  }
  void runWrite(core, core.state.model, 'writing');
}

export function beginRestart(core: PaneCore): void {
  if (core.state.busy) return;
  core.update({ confirmRestart: true }, ['workbook']);
  core.view.focus('restart-go');
}

export function cancelRestart(core: PaneCore): void {
  core.update({ confirmRestart: false }, ['workbook']);
  core.view.focus('restart');
}

/** Back to the start screen, to create the workbook anew from the example or a template. */
export function restart(core: PaneCore): void {
  if (core.state.busy) return;
  core.update({ phase: 'start', confirmRestart: false, problems: [], notice: null, noticeAt: 'top', drafts: new Map(), undo: [], form: null });
  core.view.focus('create-example');
}

export async function readAnyway(core: PaneCore): Promise<void> {
  if (core.state.busy) return;
  core.update({ busy: 'reading', confirmRead: false, notice: null });
  try {
    const read = await core.gateway.read();
    if (read.ok) {
      const at = core.atWorkbook();
      core.update({ busy: null });
      core.loaded(read.model, (s) => ({ tone: 'success', title: s.readDone, lines: [] }), at);
    } else {
      core.update({ busy: null, problems: read.problems });
      core.view.focus('problems');
    }
  } catch (err) {
    core.update({ busy: null, notice: errorNotice(describeError(err)), noticeAt: core.atWorkbook() });
  }
}

/** Reads the input tables; first asks when that would replace changes not yet written. */
export function read(core: PaneCore): void {
  if (core.state.busy) return;
  if (core.state.phase === 'editor' && core.state.model !== core.state.savedModel) {
    core.update({ confirmRead: true }, ['workbook']);
    core.view.focus('read-anyway');
    return;
  }
  void readAnyway(core);
}

export function cancelRead(core: PaneCore): void {
  core.update({ confirmRead: false }, ['workbook']);
  core.view.focus('read');
}

export function selectProblem(core: PaneCore, problem: Problem): void {
  if (!problem.location) return;
  core.gateway.select(problem.location).catch((err: unknown) => {
    const described = describeError(err);
    core.update({
      notice: (s, n) => {
        const base = errorNotice(described)(s, n);
        return { ...base, lines: [s.selectFailed, ...base.lines.slice(1)] };
      },
    });
  });
}
