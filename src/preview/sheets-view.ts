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
    const visible = snap.sheets.filter((s) => s.visibility === 'Visible');
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
    this.container.replaceChildren(head, tabs, panel);
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
    const head = h('tr', {}, h('th', { class: 'corner' }), ...Array.from({ length: size.columns }, (_, c) => h('th', { scope: 'col' }, columnLetter(c))));
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
