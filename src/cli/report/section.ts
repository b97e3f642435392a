import { Language, Model } from '../../engine';
import { columnWidths, formatTable, wrap } from '../format-table';
import { Labels, labels } from '../labels';
import { formatAmount, formatNumber, formatPercent } from '../numbers';

/** Shown where a figure does not exist (no investment in the year, no population). */
export const MISSING = '–';

/** How the tables of one scenario are written: the model's unit, the language and its labels. */
export interface Writer {
  L: Labels;
  lang: Language;
  amount(v: number): string;
  /** An amount that may not exist. */
  maybeAmount(v: number | null): string;
  percent(v: number | null): string;
  /** Whole kronor, for per-inhabitant figures (always kr, whatever the model's unit). */
  kronor(v: number | null): string;
  /** One decimal, for FTEs. */
  fte(v: number | null): string;
  yesNo(v: boolean): string;
}

export function writer(model: Model, lang: Language): Writer {
  const L = labels(lang);
  const amount = (v: number) => formatAmount(v, model.unit, lang);
  return {
    L,
    lang,
    amount,
    maybeAmount: (v) => (v === null ? MISSING : amount(v)),
    percent: (v) => (v === null ? MISSING : formatPercent(v, lang)),
    kronor: (v) => (v === null ? MISSING : formatNumber(v, 0, lang)),
    fte: (v) => (v === null ? MISSING : formatNumber(v, 1, lang)),
    yesNo: (v) => (v ? L.yes : L.no),
  };
}

/** A titled table over the plan years, with its explanatory notes; laid out by `renderBlocks`. */
export interface Block {
  title: string;
  rows: string[][];
  notes: string[];
  /** Columns after the plan years (a project's total and payback year). */
  extraHeader: string[];
}

export function section(title: string, rows: string[][], notes: string[] = [], extraHeader: string[] = []): Block {
  return { title, rows, notes, extraHeader };
}

/**
 * With `trailingSpace` every plan-year figure gets a space after it, as the scenario's main table's
 * figures do when some carry the incomplete-window mark, so that digits line up down the page.
 */
export function alignedBlocks(blocks: Block[], years: number[], trailingSpace: boolean): Block[] {
  if (!trailingSpace) return blocks;
  return blocks.map((b) => ({
    ...b,
    rows: b.rows.map((r) => r.map((cell, i) => (i >= 1 && i <= years.length ? `${cell} ` : cell))),
  }));
}

/** The label and plan-year columns' widths over the blocks and any other tables printed with them. */
export function sharedWidths(blocks: Block[], years: number[], others: { header: string[]; rows: string[][] }[]): number[] {
  const header = ['', ...years.map(String)];
  return columnWidths([...others, ...blocks.map((b) => ({ header, rows: b.rows }))], header.length);
}

/** The blocks one under another, each a blank line, its title, a blank line, its table and its notes. */
export function renderBlocks(blocks: Block[], years: number[], widths: number[]): string[] {
  const header = ['', ...years.map(String)];
  const lines: string[] = [];
  for (const b of blocks) {
    lines.push(
      '',
      b.title,
      '',
      ...formatTable({ header: [...header, ...b.extraHeader], rows: b.rows, minWidths: widths }),
      ...b.notes.flatMap((n) => wrap(n)),
    );
  }
  return lines;
}

/** True when every value is zero (or within a rounding hair of it). */
export function allZero(values: readonly (number | null)[]): boolean {
  return values.every((v) => v === null || Math.abs(v) < 1e-12);
}
