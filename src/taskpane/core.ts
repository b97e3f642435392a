/**
 * The pane's state and the few operations every action needs: change the state and redraw, take
 * a new model, and where an outcome is shown. The actions themselves live in actions/.
 */
import { Model } from '../engine/types';
import { WorkbookGateway } from '../office/gateway';
import { languageFromDisplay } from './i18n/language';
import { LanguagePreference } from './i18n/preference';
import { NumberFormats, numberFormats } from './i18n/numbers';
import { Strings, stringsFor } from './i18n/strings';
import { SingleFlight } from './model/single-flight';
import { initialState, Localized, Notice, PaneState } from './state';
import { PaneRenderer } from './view/render';

export interface PaneOptions {
  gateway: WorkbookGateway;
  /** Office.context.displayLanguage. */
  displayLanguage?: string;
  /** The language the user last chose with the switch, which wins over Office's display language. */
  languagePreference?: LanguagePreference;
  /** Today, for the template's base year. */
  now?: () => Date;
  /** Told after each state change; the preview watches it. */
  onChange?: (state: Readonly<PaneState>) => void;
}

export class PaneCore {
  readonly state: PaneState;
  /** One write at a time. */
  readonly writes = new SingleFlight();

  constructor(
    readonly options: PaneOptions,
    readonly renderer: (core: PaneCore) => PaneRenderer,
  ) {
    this.state = initialState(options.languagePreference?.get() ?? languageFromDisplay(options.displayLanguage));
  }

  private drawn: PaneRenderer | null = null;

  get view(): PaneRenderer {
    this.drawn ??= this.renderer(this);
    return this.drawn;
  }

  get gateway(): WorkbookGateway {
    return this.options.gateway;
  }

  get strings(): Strings {
    return stringsFor(this.state.lang);
  }

  get numbers(): NumberFormats {
    return numberFormats(this.state.lang);
  }

  get model(): Model {
    if (!this.state.model) throw new Error('no model');
    return this.state.model;
  }

  /** Changes the state and redraws the named sections, or all. A new notice shows at the top unless told otherwise. */
  update(patch: Partial<PaneState>, sections?: string[]): void {
    if ('notice' in patch && !('noticeAt' in patch)) patch = { ...patch, noticeAt: 'top' };
    Object.assign(this.state, patch);
    if (sections) this.view.renderSections(sections);
    else this.view.render();
    this.options.onChange?.(this.state);
  }

  /** Opens the editor on a model that is also the workbook's. */
  loaded(model: Model, notice: Localized<Notice> | null, noticeAt: PaneState['noticeAt'] = 'top'): void {
    this.update({
      noticeAt,
      phase: 'editor',
      model,
      savedModel: model,
      selected: 0,
      solved: new Map(),
      solveMessage: null,
      problems: [],
      form: null,
      drafts: new Map(),
      confirmRead: false,
      confirmSolve: false,
      confirmRestart: false,
      undo: [],
      compare: [model.scenarios.length > 0 ? 1 : 0, 0],
      framesYear: null,
      notice,
    });
  }

  /**
   * Takes an edited model (not yet in the workbook). The last action's message no longer holds
   * (after a rename, "the copy was added" is stale): it goes unless the patch brings a new one.
   */
  setModel(model: Model, patch: Partial<PaneState> = {}): void {
    this.clearWrittenNotice();
    if (!('notice' in patch)) this.clearActionNotice();
    this.update({ model, ...patch });
  }

  /** A success or info message at the top is about the action before this one. */
  clearActionNotice(): void {
    const notice = this.state.notice;
    if (this.state.noticeAt === 'top' && notice && notice(this.strings, this.numbers).tone !== 'error') this.state.notice = null;
  }

  /** "Done, n sheets written" no longer holds once the model changes. */
  clearWrittenNotice(): void {
    const notice = this.state.notice;
    if (this.state.noticeAt === 'workbook' && notice && notice(this.strings, this.numbers).tone === 'success') this.state.notice = null;
  }

  /** The outcome of a workbook action shows by the workbook buttons in the editor, at the top on the start screen. */
  atWorkbook(): PaneState['noticeAt'] {
    return this.state.phase === 'editor' ? 'workbook' : 'top';
  }
}
