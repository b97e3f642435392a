/**
 * The task pane: what the user can do, each carried out by the actions in actions/ on the pane's
 * state, which the views in view/ draw. Every workbook action goes through the WorkbookGateway.
 */
import { SolverGoal, SolverLever } from '../engine/solver';
import { FrameMode } from '../engine/types';
import { exampleModel } from '../examples';
import { Problem } from '../model-file/problems';
import * as levers from './actions/levers';
import * as scenarios from './actions/scenarios';
import * as workbook from './actions/workbook';
import { PaneCore, PaneOptions } from './core';
import { Lang } from './i18n/language';
import { templateModel } from './model/template';
import { PaneActions, PaneState } from './state';
import { PaneRenderer } from './view/render';
import { mainThreadCompute, withFallback } from './risk/compute';
import { RiskController } from './risk/controller';
import { spawnRiskWorker } from './risk/spawn';

export type { PaneOptions };

export class Pane implements PaneActions {
  private readonly core: PaneCore;
  private readonly risk: RiskController;

  constructor(root: HTMLElement, options: PaneOptions) {
    // The Risk card follows every change of state (a lever, a scenario, a read) without each action naming it.
    const onChange = (state: Readonly<PaneState>) => {
      this.risk?.follow();
      options.onChange?.(state);
    };
    this.core = new PaneCore({ ...options, onChange }, (core) => new PaneRenderer(root, { state: core.state, actions: this }));
    const context = () => ({ state: this.core.state, s: this.core.strings, n: this.core.numbers, act: this });
    this.risk = new RiskController(this.core, root, context, withFallback(spawnRiskWorker, mainThreadCompute()));
  }

  editRiskSd = (input: string, text: string, commit: boolean) => this.risk.editSd(input, text, commit);

  get state(): Readonly<PaneState> {
    return this.core.state;
  }

  open(): Promise<void> {
    return workbook.open(this.core);
  }

  setLanguage(lang: Lang): void {
    this.core.options.languagePreference?.set(lang);
    if (lang !== this.core.state.lang) this.core.update({ lang, drafts: new Map() });
  }

  createFromExample(): void {
    void workbook.create(this.core, exampleModel());
  }

  setTemplateName(text: string): void {
    this.core.state.templateName = text;
  }

  createFromTemplate(): void {
    const name = (this.core.state.templateName ?? '').trim() || this.core.strings.templateNameDefault;
    const now = this.core.options.now?.() ?? new Date();
    void workbook.create(this.core, templateModel({ name, language: this.core.state.lang, baseYear: now.getFullYear() }));
  }

  selectScenario = (index: number) => scenarios.selectScenario(this.core, index);
  beginAdd = () => scenarios.beginAdd(this.core);
  beginRename = () => scenarios.beginRename(this.core);
  beginRemove = () => scenarios.beginRemove(this.core);
  duplicate = () => scenarios.duplicate(this.core);
  setFormText = (text: string) => scenarios.setFormText(this.core, text);
  submitForm = () => scenarios.submitForm(this.core);
  cancelForm = () => scenarios.cancelForm(this.core);

  editLever = (key: string, text: string, commit: boolean) => levers.editLever(this.core, key, text, commit);
  setFrameMode = (mode: FrameMode) => levers.setFrameMode(this.core, mode);
  solve = () => levers.solve(this.core);
  confirmSolve = () => levers.confirmSolve(this.core);
  cancelSolve = () => levers.cancelSolve(this.core);
  setSolveLever = (lever: SolverLever) => levers.setSolveLever(this.core, lever);
  setSolveGoal = (goal: SolverGoal) => levers.setSolveGoal(this.core, goal);
  sameForLater = (year: number) => levers.sameForLater(this.core, year);
  undo = () => levers.undo(this.core);

  write = () => workbook.write(this.core);
  read = () => workbook.read(this.core);
  readAnyway = () => void workbook.readAnyway(this.core);
  cancelRead = () => workbook.cancelRead(this.core);
  selectProblem = (problem: Problem) => workbook.selectProblem(this.core, problem);
  beginRestart = () => workbook.beginRestart(this.core);
  cancelRestart = () => workbook.cancelRestart(this.core);
  restart = () => workbook.restart(this.core);

  setCompare(which: 0 | 1, index: number): void {
    const compare: [number, number] = [...this.core.state.compare];
    compare[which] = index;
    this.core.update({ compare }, ['compare']);
  }

  setFramesYear(year: number): void {
    this.core.update({ framesYear: year }, ['preview']);
  }

  toggleAllCommittees(): void {
    this.core.update({ allCommittees: !this.core.state.allCommittees }, ['preview']);
  }

  /** Opens or closes an explanation; the sections that have info buttons are redrawn. */
  toggleInfo(key: string): void {
    const openInfo = new Set(this.core.state.openInfo);
    if (!openInfo.delete(key)) openInfo.add(key);
    this.core.update({ openInfo }, ['preview', 'compare']);
  }

  dismissNotice(): void {
    this.core.update({ notice: null });
  }
}

export function startPane(root: HTMLElement, options: PaneOptions): Pane {
  const pane = new Pane(root, options);
  void pane.open();
  return pane;
}
