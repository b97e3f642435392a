/**
 * The fake workbook beside the pane: one tab per sheet and the sheet as an HTML table, with
 * Budgetsim's tables, fills and bold text, formula cells showing what Excel would compute (or the
 * formula, when the evaluator does not know it), and the selected cell marked.
 */
import { SheetSnapshot, WorkbookSnapshot } from '../fake-excel';
import { cellA1, columnLetter, parseCellA1 } from '../workbook/a1';
import { CellError, Evaluator, Scalar } from '../workbook/evaluate';
import { Lang } from '../taskpane/i18n/language';
import { h } from '../taskpane/view/dom';
import { displayValue } from './cell-text';
import { parseReference, snapshotSource } from './snapshot-source';
import { previewStrings } from './strings';

const MAX_ROWS = 400;
const MAX_COLUMNS = 60;

interface Extent {
  rows: number;
  columns: number;
}

function extent(sheet: SheetSnapshot): Extent {
  let rows = 0;
  let columns = 0;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    const at = parseCellA1(address);
    if (!at) continue;
    rows = Math.max(rows, at.row + 1);
    columns = Math.max(columns, at.column + 1);
  }
  return { rows: Math.min(rows, MAX_ROWS), columns: Math.min(columns, MAX_COLUMNS) };
}

function tableCells(sheet: SheetSnapshot): Map<string, 'header' | 'body'> {
  const out = new Map<string, 'header' | 'body'>();
  for (const t of sheet.tables) {
    const r = parseReference(t.address);
    if (!r) continue;
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.columns; j++) out.set(cellA1(r.row + i, r.column + j), i === 0 ? 'header' : 'body');
  }
  return out;
}

/** A cell-value rule's formula1 ("=\"Ja\"", "=TRUE", "=1") as the value it compares with. */
function ruleValue(formula: unknown): Scalar | undefined {
  if (typeof formula !== 'string') return undefined;
  const body = formula.replace(/^=/, '').trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  if (/^true$/i.test(body)) return true;
  if (/^false$/i.test(body)) return false;
  const n = Number(body);
  return body !== '' && Number.isFinite(n) ? n : undefined;
}

interface Highlight {
  row: number;
  column: number;
  rows: number;
  columns: number;
  equals: Scalar;
  font: { bold?: boolean; color?: string };
  fill?: string;
}

/** The sheet's "cell value equals" rules, which colour Ja/Nej (Yes/No) as Excel would. */
function highlights(sheet: SheetSnapshot): Highlight[] {
  const out: Highlight[] = [];
  for (const cf of sheet.conditionalFormats) {
    const rule = cf.rule as { formula1?: unknown; operator?: unknown } | null;
    if (cf.type !== 'CellValue' || !rule || rule.operator !== 'EqualTo') continue;
    const equals = ruleValue(rule.formula1);
    const r = parseReference(cf.address.includes('!') ? cf.address : `${sheet.name}!${cf.address}`);
    if (equals === undefined || !r) continue;
    out.push({ ...r, equals, font: { bold: cf.format.font.bold, color: cf.format.font.color }, fill: cf.format.fill.color });
  }
  return out;
}

/** Excel's column width in characters as CSS: about 7 px a character at the default font, plus padding. */
function columnStyle(sheet: SheetSnapshot, column: number): string {
  const points = sheet.columnWidths[String(column)] ?? sheet.columnWidths[columnLetter(column)];
  const px = typeof points === 'number' ? Math.round((points * 4) / 3) : 64;
  return `width:${px}px;min-width:${px}px;max-width:${px}px`;
}

function isUnknown(v: Scalar | CellError): boolean {
  return v instanceof CellError && (v.code === '#NAME?' || v.code === '#REF!' || v.code === '#VALUE!');
}

export class SheetsView {
  private current: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly snapshot: () => WorkbookSnapshot,
    private readonly lang: () => Lang,
    private readonly onDownload: () => void,
    private readonly canDownload: () => boolean,
  ) {}

  /** Redraws from the workbook as it is now; follows the active sheet when it changed. */
  refresh(): void {
    const snap = this.snapshot();
    // An empty sheet (the new workbook's Sheet1) is left out once the workbook has others, and named under the tabs.
    const shown = snap.sheets.filter((s) => s.visibility === 'Visible');
    const isEmpty = (sheet: SheetSnapshot) => Object.keys(sheet.cells).length === 0 && sheet.tables.length === 0 && sheet.charts.length === 0;
    const visible = shown.some((x) => !isEmpty(x)) ? shown.filter((x) => !isEmpty(x)) : shown;
    const hiddenEmpty = shown.filter((x) => !visible.includes(x)).map((x) => x.name);
    const active = snap.activeSheet;
    if (this.lastActive !== active && visible.some((s) => s.name === active)) this.current = active;
    this.lastActive = active;
    if (!visible.some((s) => s.name === this.current)) this.current = visible[0]?.name ?? null;
    const s = previewStrings(this.lang());
    const ready = this.canDownload();
    const download = h(
      'fluent-button',
      { role: 'button', appearance: 'primary', size: 'small', 'data-key': 'download', 'disabled-focusable': !ready, 'aria-disabled': ready ? undefined : 'true', 'aria-describedby': ready ? undefined : 'download-hint' },
      s.download,
    );
    download.addEventListener('click', () => {
      if (this.canDownload()) this.onDownload();
    });
    const head = h(
      'div',
      { class: 'wb-head' },
      h('h2', {}, s.workbook),
      h('p', { class: 'hint' }, s.inMemory),
      download,
      ready ? null : h('p', { class: 'hint', id: 'download-hint' }, s.nothingToDownload),
    );
    if (!this.current) {
      this.container.replaceChildren(head, h('p', { class: 'hint' }, s.empty));
      return;
    }
    const tabs = h('div', { role: 'tablist', 'aria-label': s.sheets, class: 'tabs' });
    visible.forEach((sheet, i) => {
      const selected = sheet.name === this.current;
      const tab = h('button', { type: 'button', role: 'tab', id: `tab-${i}`, 'aria-selected': String(selected), 'aria-controls': 'sheet-panel', tabindex: selected ? 0 : -1 }, sheet.name);
      tab.addEventListener('click', () => this.show(sheet.name));
      tab.addEventListener('keydown', (e) => this.arrow(e, visible, i));
      tabs.appendChild(tab);
    });
    const sheet = visible.find((x) => x.name === this.current)!;
    const panel = h('div', { role: 'tabpanel', id: 'sheet-panel', 'aria-labelledby': `tab-${visible.indexOf(sheet)}`, class: 'sheet', tabindex: 0 }, this.table(snap, sheet));
    const note = hiddenEmpty.length ? h('p', { class: 'hint', 'data-test': 'empty-sheets' }, s.emptySheets(hiddenEmpty.join(', '))) : null;
    this.container.replaceChildren(...([head, tabs, note, panel].filter((x) => x !== null) as HTMLElement[]));
  }

  private lastActive: string | null = null;

  private show(name: string): void {
    this.current = name;
    this.refresh();
    this.container.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
  }

  private arrow(e: KeyboardEvent, sheets: SheetSnapshot[], i: number): void {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    this.show(sheets[(i + step + sheets.length) % sheets.length].name);
  }

  private table(snap: WorkbookSnapshot, sheet: SheetSnapshot): HTMLElement {
    const lang = this.lang();
    const ev = new Evaluator(snapshotSource(snap));
    const size = extent(sheet);
    const kinds = tableCells(sheet);
    const [selSheet, selAddress] = splitSelection(snap.selection);
    const selected = selSheet === sheet.name ? selAddress : null;
    const rules = highlights(sheet);
    const head = h('tr', {}, h('th', { class: 'corner' }), ...Array.from({ length: size.columns }, (_, c) => h('th', { scope: 'col', style: columnStyle(sheet, c) }, columnLetter(c))));
    const body = h('tbody');
    for (let r = 0; r < size.rows; r++) {
      const tr = h('tr', {}, h('th', { scope: 'row' }, String(r + 1)));
      for (let c = 0; c < size.columns; c++) {
        const address = cellA1(r, c);
        const cell = sheet.cells[address];
        const td = h('td', { 'data-cell': address });
        const kind = kinds.get(address);
        if (kind) td.classList.add(kind === 'header' ? 'tbl-head' : 'tbl');
        if (selected && selected.toUpperCase() === address) td.classList.add('selected');
        if (cell) {
          let text: string;
          let value: Scalar | CellError | undefined = cell.value;
          if (cell.formula !== undefined) {
            td.classList.add('formula');
            td.title = cell.formula;
            try {
              value = ev.value(sheet.name, r, c);
              text = isUnknown(value) ? cell.formula : displayValue(value, cell.numberFormat, lang);
            } catch {
              text = cell.formula;
            }
          } else text = displayValue(value, cell.numberFormat, lang);
          if (typeof value === 'number') td.classList.add('n');
          td.textContent = text;
          if (cell.fill) td.style.backgroundColor = cell.fill;
          if (cell.font?.bold) td.style.fontWeight = '600';
          if (cell.font?.italic) td.style.fontStyle = 'italic';
          if (cell.font?.color) td.style.color = cell.font.color;
          for (const rule of rules) {
            if (r < rule.row || r >= rule.row + rule.rows || c < rule.column || c >= rule.column + rule.columns || value !== rule.equals) continue;
            if (rule.fill) td.style.backgroundColor = rule.fill;
            if (rule.font.color) td.style.color = rule.font.color;
            if (rule.font.bold) td.style.fontWeight = '600';
            td.dataset.highlight = String(rule.equals);
          }
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    return h('table', { class: 'cells', 'data-sheet': sheet.name }, h('thead', {}, head), body);
  }
}

function splitSelection(selection: string): [string, string] {
  const i = selection.lastIndexOf('!');
  if (i < 0) return ['', selection];
  const sheet = selection.slice(0, i).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return [sheet, selection.slice(i + 1).split(':')[0].replace(/\$/g, '')];
}
