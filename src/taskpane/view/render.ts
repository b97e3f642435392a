/**
 * Draws the pane into its root as named sections and redraws only the sections an action touched,
 * keeping the keyboard focus (and the caret) on the control that had it.
 */
import { numberFormats } from '../i18n/numbers';
import { stringsFor } from '../i18n/strings';
import { PaneActions, PaneState } from '../state';
import { ViewContext } from './context';
import { h } from './dom';
import { headerView } from './header';
import { leversView, fieldErrorText, laterButtonState, noteText } from './levers-view';
import { scenarioLevers } from '../model/levers';
import { undoView } from './undo-view';
import { compareView } from './compare-view';
import { loadingView } from './loading-view';
import { noticeView } from './notice-view';
import { previewView } from './preview-view';
import { problemsView } from './problems-view';
import { riskView } from './risk-view';
import { scenariosView } from './scenarios-view';
import { startView } from './start-view';
import { workbookView } from './workbook-view';

type SectionView = (ctx: ViewContext) => HTMLElement | null;

const VIEWS: Record<string, SectionView> = {
  header: headerView,
  notice: noticeView,
  problems: problemsView,
  loading: loadingView,
  start: startView,
  scenarios: scenariosView,
  levers: leversView,
  preview: previewView,
  workbook: workbookView,
  undo: undoView,
  compare: compareView,
  risk: riskView,
};

const LAYOUT: Record<PaneState['phase'], string[]> = {
  loading: ['header', 'loading'],
  start: ['header', 'notice', 'problems', 'start'],
  editor: ['header', 'notice', 'problems', 'scenarios', 'undo', 'levers', 'preview', 'risk', 'compare', 'workbook'],
};

interface FocusMemo {
  key: string;
  start: number | null;
  end: number | null;
}

export class PaneRenderer {
  private readonly containers = new Map<string, HTMLElement>();
  private layoutKey = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly pane: { readonly state: PaneState; readonly actions: PaneActions },
  ) {}

  private context(): ViewContext {
    const lang = this.pane.state.lang;
    return { state: this.pane.state, s: stringsFor(lang), n: numberFormats(lang), act: this.pane.actions };
  }

  /** Draws every section of the current phase. */
  render(): void {
    this.mark();
    const names = LAYOUT[this.pane.state.phase];
    const key = `${names.join(',')}|${this.pane.state.lang}`;
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      document.documentElement.lang = this.pane.state.lang;
      this.containers.clear();
      const memo = this.memo();
      const main = h('main', { class: 'pane' });
      const nodes: HTMLElement[] = [];
      for (const name of names) {
        const box = h('div', { 'data-section': name });
        this.containers.set(name, box);
        if (name === 'header') nodes.push(box);
        else main.appendChild(box);
      }
      this.root.replaceChildren(...nodes, main);
      this.fill(names);
      this.restore(memo);
      return;
    }
    this.renderSections(names);
  }

  /** Redraws the named sections of the current phase. */
  renderSections(names: string[]): void {
    this.mark();
    const memo = this.memo();
    this.fill(names.filter((n) => this.containers.has(n)));
    this.restore(memo);
  }

  /** The phase and whether an action runs, on the root: for styling, and for tests and the bench to wait on. */
  private mark(): void {
    this.root.dataset.phase = this.pane.state.phase;
    this.root.dataset.busy = this.pane.state.busy ?? '';
    if (this.pane.state.phase !== 'loading' && !this.interactive) {
      this.interactive = true;
      performance.mark('budgetsim:interactive');
    }
  }

  private interactive = false;

  private fill(names: string[]): void {
    const ctx = this.context();
    for (const name of names) {
      const box = this.containers.get(name);
      const view = VIEWS[name];
      if (!box || !view) continue;
      const content = view(ctx);
      if (content) box.replaceChildren(content);
      else box.replaceChildren();
    }
  }

  private memo(): FocusMemo | null {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !this.root.contains(active)) return null;
    const keyed = active.closest<HTMLElement>('[data-key]');
    if (!keyed) return null;
    const input = active instanceof HTMLInputElement ? active : null;
    return { key: keyed.dataset.key ?? '', start: input?.selectionStart ?? null, end: input?.selectionEnd ?? null };
  }

  private restore(memo: FocusMemo | null): void {
    if (!memo || (document.activeElement && document.activeElement !== document.body && this.root.contains(document.activeElement))) return;
    const el = this.find(memo.key);
    if (!el) return;
    el.focus();
    if (el instanceof HTMLInputElement && memo.start !== null && el.type === 'text') el.setSelectionRange(memo.start, memo.end ?? memo.start);
  }

  private find(key: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  /** Moves the keyboard focus to a control, as after an action that removed the one that had it. */
  focus(key: string): void {
    this.find(key)?.focus();
  }

  /** Puts a field's accepted value back in the language's way, in place: the focus may already be in the next field. */
  showFieldValue(key: string, text: string): void {
    const input = this.find(key);
    if (input instanceof HTMLInputElement && input.value !== text) input.value = text;
  }

  /** Brings each lever row's "same values for later years" button up to date, in place. */
  showLaterButtons(): void {
    const state = this.pane.state;
    if (!state.model) return;
    const ctx = this.context();
    const levers = scenarioLevers(state.model, state.selected);
    levers.years.forEach((y, t) => {
      const b = this.find(`same-later-${y.year}`);
      const s = laterButtonState(ctx, levers, t);
      if (!b || !s) return;
      b.setAttribute('aria-label', s.label);
      b.setAttribute('title', s.label);
      if (s.same) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    });
  }

  /** Shows or clears a lever field's message in place, without redrawing the field being typed in. */
  showFieldError(key: string): void {
    const input = this.find(key);
    const message = this.root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(key)}"]`);
    if (!input || !message) return;
    const ctx = this.context();
    const text = fieldErrorText(ctx, key);
    message.textContent = text;
    message.hidden = text === '';
    const line = message.closest<HTMLElement>('[data-message-for]');
    if (line) line.hidden = text === '';
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    const note = noteText(ctx, key);
    const noteEl = this.root.querySelector<HTMLElement>(`[data-note-for="${CSS.escape(key)}"]`);
    if (noteEl) {
      noteEl.textContent = note;
      const noteLine = noteEl.closest<HTMLElement>('[data-note-line-for]');
      if (noteLine) noteLine.hidden = note === '';
    }
  }
}
