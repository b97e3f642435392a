/** Everything the pane shows, as plain data. Texts are kept as functions of the language so a switch re-words them. */
import { SolverGoal, SolverLever } from '../engine/solver';
import { FrameMode, Model } from '../engine/types';
import { Problem } from '../model-file/problems';
import { WriteProgress } from '../office/gateway';
import { Lang } from './i18n/language';
import { NumberFormats } from './i18n/numbers';
import { Strings } from './i18n/strings';
import { LeverEdit } from './model/levers';
import { NameProblem } from './model/scenarios';
import { initialRiskState, RiskState } from './risk/state';

export type Phase = 'loading' | 'start' | 'editor';
export type Tone = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  tone: Tone;
  title: string;
  lines: string[];
  /** The Excel error code, shown small. */
  code?: string;
}

/** A message in whatever language the pane is in when it is drawn. */
export type Localized<T> = (s: Strings, n: NumberFormats) => T;

export type NameForm = { kind: 'add' | 'rename'; text: string; problem: NameProblem | null };
export type Form = NameForm | { kind: 'remove' } | null;

/** A lever field whose text is not (yet) the model's value: being typed, or refused. */
export interface Draft {
  text: string;
  error: Localized<string> | null;
  /** Accepted, but worth a word: "0,015" in a % field means 0,015 %. */
  note?: Localized<string> | null;
}

/** The model before the last change to a scenario, to go back to. */
export interface UndoEntry {
  model: Model;
  selected: number;
  solved: Map<string, number | null>;
  what: Localized<string>;
  /** The field being typed in: further keystrokes in it belong to the same change. */
  field: string | null;
}

export type Busy = 'writing' | 'reading' | 'creating' | null;

export interface PaneState {
  lang: Lang;
  phase: Phase;
  model: Model | null;
  /** The model as last written to or read from the workbook; the pane's model differs from it until written. */
  savedModel: Model | null;
  /** Index of the scenario being edited; 0 is the base. */
  selected: number;
  /** Solver answers by scenario name ("Base" for the base), written into the workbook as plain values. */
  solved: Map<string, number | null>;
  solveMessage: { scenario: number; text: Localized<string[]> } | null;
  problems: Problem[];
  form: Form;
  drafts: Map<string, Draft>;
  busy: Busy;
  /** Reading would replace changes not yet written: asking first. */
  confirmRead: boolean;
  progress: WriteProgress | null;
  notice: Localized<Notice> | null;
  /** Where the notice shows: at the top, or under the workbook buttons (the outcome of a write or read). */
  noticeAt: 'top' | 'workbook';
  templateName: string | null;
  /** The last changes to scenarios, newest last. */
  undo: UndoEntry[];
  /** The solver was asked for a revenue-driven scenario: asking before switching it to uplift. */
  confirmSolve: boolean;
  /** Asking before going back to the start screen. */
  confirmRestart: boolean;
  /** The two scenarios compared (indexes, 0 the base). */
  compare: [number, number];
  /** The year whose frames show in a narrow pane; the last plan year when null. */
  framesYear: number | null;
  /** Every committee in the frames table, not only the first. */
  allCommittees: boolean;
  /** Explanations opened with their info buttons. */
  openInfo: Set<string>;
  /** What the solver changes and what must hold (a version 2 model offers the choice). */
  solveLever: SolverLever;
  solveGoal: SolverGoal;
  /** The Risk card: the analysis last asked for and answered, and its levers' texts. */
  risk: RiskState;
}

export function initialState(lang: Lang): PaneState {
  return {
    lang,
    phase: 'loading',
    model: null,
    savedModel: null,
    selected: 0,
    solved: new Map(),
    solveMessage: null,
    problems: [],
    form: null,
    drafts: new Map(),
    busy: null,
    confirmRead: false,
    progress: null,
    notice: null,
    noticeAt: 'top',
    templateName: null,
    undo: [],
    confirmSolve: false,
    confirmRestart: false,
    compare: [1, 0],
    framesYear: null,
    allCommittees: false,
    openInfo: new Set(),
    solveLever: 'efficiency',
    solveGoal: 'target',
    risk: initialRiskState(),
  };
}

/** What the views may ask the pane to do. */
export interface PaneActions {
  setLanguage(lang: Lang): void;
  createFromExample(): void;
  createFromTemplate(): void;
  setTemplateName(text: string): void;
  selectScenario(index: number): void;
  beginAdd(): void;
  beginRename(): void;
  beginRemove(): void;
  duplicate(): void;
  setFormText(text: string): void;
  submitForm(): void;
  cancelForm(): void;
  /** A lever field's text as typed; `commit` when the field is left or Enter is pressed. */
  editLever(key: string, text: string, commit: boolean): void;
  setFrameMode(mode: FrameMode): void;
  solve(): void;
  write(): void;
  read(): void;
  /** Reads although the pane has changes not yet written (they are replaced). */
  readAnyway(): void;
  cancelRead(): void;
  selectProblem(problem: Problem): void;
  dismissNotice(): void;
  /** Copies a year's levers to every later year. */
  sameForLater(year: number): void;
  undo(): void;
  confirmSolve(): void;
  cancelSolve(): void;
  beginRestart(): void;
  cancelRestart(): void;
  restart(): void;
  setCompare(which: 0 | 1, index: number): void;
  setFramesYear(year: number): void;
  toggleAllCommittees(): void;
  toggleInfo(key: string): void;
  setSolveLever(lever: SolverLever): void;
  setSolveGoal(goal: SolverGoal): void;
  /** A Risk card sd lever's text as typed; `commit` when the field is left or Enter is pressed. */
  editRiskSd(input: string, text: string, commit: boolean): void;
}

export type { LeverEdit };
