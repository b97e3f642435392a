/**
 * What every block of a scenario sheet needs: the sheet being built, the scenario's inputs and
 * results, where the input values sit, and the sheet's column conventions. Each block is a small
 * function in its own file: it is given its rows (placed before any formula refers to them) and the
 * rows of other blocks it points at, and writes live formulas with the engine's values as cached results.
 */
import { ResolvedScenario } from '../../../engine/resolve';
import { Language, Model, Scenario, ScenarioResult } from '../../../engine/types';
import { cellA1, range } from '../../a1';
import { InputCells, settingName } from '../inputs';
import { LabelKey } from '../labels';
import { SheetBuilder } from '../sheet-builder';

export interface BlockContext {
  b: SheetBuilder;
  model: Model;
  scenario: Scenario;
  rs: ResolvedScenario;
  res: ScenarioResult;
  cells: InputCells;
  /** The scenario's name when it is not the base (its overrides live in the Scenarier tables). */
  S: string | undefined;
  language: Language;
  L: (key: LabelKey) => string;
  H: number;
  /** The row of the year headers. */
  headerRow: number;
  /** The sheet column of plan year t (0-based); the base year is column yc(-1). */
  yc: (t: number) => number;
  /** A relative reference to the cell of `row` in plan year t (t = -1: the base year). */
  at: (row: number, t: number) => string;
  /** The year header cell of plan year t, row absolute ("C$4"). */
  yearCell: (t: number) => string;
  /** The input cell supplying a year value in this scenario, if any. */
  yearSource: (t: number, key: string) => string | undefined;
  section: (row: number, text: string) => void;
  labelRow: (row: number, text: string) => void;
  /** Formats the base-year and plan-year cells of a row. */
  format: (row: number, format: string) => void;
  /** Styles the whole row (label to last year). */
  styleRow: (row: number, style: Parameters<SheetBuilder['style']>[1]) => void;
}

/** Rows handed out in order: every row is placed before any formula refers to it. */
export type Take = () => number;

/**
 * The cell (or workbook name) that supplies a top-level or reserve setting in this scenario: the
 * scenario's own cell, else the model's setting when the model states it, else undefined (the
 * default applies, written as a literal).
 */
export function settingSource(ctx: BlockContext, key: string, inScenario: boolean, inModel: boolean): string | undefined {
  if (ctx.S && inScenario) return ctx.cells.scenario(ctx.S, key);
  return inModel ? settingName(key) : undefined;
}

export function rowRange(ctx: BlockContext, row: number, first: number, last: number): string {
  return `${cellA1(row, ctx.yc(first), true)}:${cellA1(row, ctx.yc(last), true)}`;
}

export { range };
