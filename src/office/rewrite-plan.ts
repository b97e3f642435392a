/**
 * Which worksheet each of Budgetsim's sheets goes to on a rewrite. Every sheet the description asks
 * for takes the sheet that showed the same thing before (its key, see sheet-keys.ts), or failing that
 * an unclaimed Budgetsim sheet of the same name, and is rewritten there in place: the same worksheet
 * object, so the user's formulas, names, chart series and validations that point into it keep
 * pointing at the same figures. Only sheets for new keys are added, and only Budgetsim's sheets that
 * no key claims any more (a scenario that is gone) are removed. Pure: no Office.js here.
 */
import { Model } from '../engine/types';
import { range, sheetRange } from '../workbook/a1';
import { OWNED_SHEET_NAME_PREFIX, WorkbookDescription } from '../workbook/description';
import { describeWorkbook } from '../workbook/layout';
import { RiskSheetInput } from '../workbook/layout/risk-sheet';
import { NameAction } from './actions';
import { Plan, planWorkbook, PlanOptions } from './plan';
import { nameAction } from './sheet-actions';
import { sheetKeys } from './sheet-keys';
import { WrittenRecord } from './stored-payload';
import { OwnedSheet, TableInfo, WorkbookState } from './workbook-state';

/** Excel reserves this sheet name (in any case) for its change history. */
export const EXCEL_RESERVED_SHEET_NAMES = ['History'];

export interface Target {
  key: string;
  /** The sheet's name after the write. */
  name: string;
  /** The workbook name that marks it as Budgetsim's: kept from before, or a new one. */
  marker: string;
  /** The sheet it is written into, or null for a sheet to add. */
  existing: OwnedSheet | null;
}

/** What to do with one of the description's tables on a sheet rewritten in place. */
export type TableWork = { kind: 'add' } | { kind: 'keep' } | { kind: 'resize' };

export interface Rewrite {
  desc: WorkbookDescription;
  plan: Plan;
  targets: Target[];
  /** Budgetsim's sheets no target claims: removed by the commit. */
  removed: OwnedSheet[];
  /** Every workbook name the write sets (settings and markers), as the references they must hold. */
  names: NameAction[];
  /** Budgetsim's tables on rewritten sheets that go before the cells are written (not kept). */
  tablesToDelete: string[];
  /** By table name (lower case): keep or resize an existing table instead of adding it. */
  tables: Map<string, TableWork>;
  /** What this write puts in the workbook, for the model copy and the journal. */
  record: WrittenRecord;
}

export interface RewriteOptions extends PlanOptions {
  solved?: Map<string, number | null>;
  /** The risk analysis for the Risk sheet, computed by the caller (see riskForWorkbook). */
  risk?: RiskSheetInput;
  /** Table.resize is available (ExcelApi 1.13). */
  tableResize?: boolean;
}

function sameRect(t: TableInfo, r: { row: number; column: number; rows: number; columns: number }): boolean {
  return t.row === r.row && t.column === r.column && t.rows === r.rows && t.columns === r.columns;
}

/** The rewrite of `model` into the workbook as `state` found it. */
export function planRewrite(model: Model, state: WorkbookState, options: RewriteOptions = {}): Rewrite {
  const desc = describeWorkbook(model, {
    reservedSheetNames: [...state.user.map((s) => s.name), ...EXCEL_RESERVED_SHEET_NAMES],
    ...(options.solved ? { solved: options.solved } : {}),
    ...(options.risk ? { risk: options.risk } : {}),
  });
  const plan = planWorkbook(desc, options);
  const keys = sheetKeys(desc);

  const claimed = new Set<string>();
  const byKey = new Map<string, OwnedSheet>();
  for (const o of state.owned) if (o.key !== null && !byKey.has(o.key)) byKey.set(o.key, o);
  const existingFor = keys.map((key) => {
    const o = byKey.get(key);
    if (o && !claimed.has(o.id)) {
      claimed.add(o.id);
      return o;
    }
    return null;
  });
  desc.sheets.forEach((s, i) => {
    if (existingFor[i]) return;
    const o = state.owned.find((x) => !claimed.has(x.id) && x.name.toLowerCase() === s.name.toLowerCase());
    if (o) {
      claimed.add(o.id);
      existingFor[i] = o;
    }
  });

  // Markers: a sheet keeps the one it has; a new sheet gets a bs_sheet_N no name in the workbook uses.
  const positional = new Set(desc.sheets.map((_s, i) => `${OWNED_SHEET_NAME_PREFIX}${i + 1}`.toLowerCase()));
  const settings = desc.names.filter((n) => !positional.has(n.name.toLowerCase()));
  const taken = new Set([
    ...state.budgetsimNames.map((n) => n.name.toLowerCase()),
    ...state.otherNames.map((n) => n.toLowerCase()),
    ...state.recordedNames,
    ...settings.map((n) => n.name.toLowerCase()),
  ]);
  let next = 1;
  const freshMarker = () => {
    while (taken.has(`${OWNED_SHEET_NAME_PREFIX}${next}`)) next++;
    const m = `${OWNED_SHEET_NAME_PREFIX}${next}`;
    taken.add(m);
    return m;
  };
  const targets: Target[] = desc.sheets.map((s, i) => ({
    key: keys[i],
    name: s.name,
    marker: existingFor[i]?.marker ?? freshMarker(),
    existing: existingFor[i],
  }));

  const names: NameAction[] = [
    ...settings.map(nameAction),
    ...targets.map((t): NameAction => ({ kind: 'name', name: t.marker, reference: `=${sheetRange(t.name, range(0, 0))}` })),
  ];

  // Tables on sheets rewritten in place: kept where they stand, resized where Excel can, else replaced.
  const tables = new Map<string, TableWork>();
  const tablesToDelete: string[] = [];
  const wanted = new Map<string, { sheet: string; range: { row: number; column: number; rows: number; columns: number } }>();
  desc.sheets.forEach((s, i) => {
    for (const t of s.tables) wanted.set(t.name.toLowerCase(), { sheet: targets[i].existing?.name ?? '', range: t.range });
  });
  const rewritten = new Set(targets.filter((t) => t.existing).map((t) => t.existing!.name));
  for (const t of state.tables) {
    if (!rewritten.has(t.sheet)) continue;
    const w = wanted.get(t.name.toLowerCase());
    if (w && w.sheet === t.sheet && sameRect(t, w.range)) tables.set(t.name.toLowerCase(), { kind: 'keep' });
    else if (w && w.sheet === t.sheet && options.tableResize && t.row === w.range.row) tables.set(t.name.toLowerCase(), { kind: 'resize' });
    else tablesToDelete.push(t.name);
  }

  return {
    desc,
    plan,
    targets,
    removed: state.owned.filter((o) => !claimed.has(o.id)),
    names,
    tablesToDelete,
    tables,
    record: { names: names.map((n) => n.name), sheets: targets.map((t) => ({ marker: t.marker, key: t.key })) },
  };
}

/**
 * A user's table or name that has the name of one of Budgetsim's tables or names would make the
 * write fail halfway; refused before anything is touched.
 */
export function checkNameClashes(state: WorkbookState, rewrite: Rewrite): void {
  const owned = new Set(state.owned.map((s) => s.name));
  const wanted = new Map(rewrite.desc.sheets.flatMap((s) => s.tables.map((t): [string, string] => [t.name.toLowerCase(), t.name])));
  const problems: string[] = [];
  for (const t of state.tables) {
    if (!owned.has(t.sheet) && wanted.has(t.name.toLowerCase())) {
      problems.push(`The table '${t.name}' on your sheet '${t.sheet}' has the name of one of Budgetsim's input tables. Rename it (Table Design > Table Name).`);
    }
  }
  const ours = new Set(rewrite.names.map((n) => n.name.toLowerCase()));
  for (const n of state.otherNames) {
    if (wanted.has(n.toLowerCase())) problems.push(`The workbook name '${n}' is the name of one of Budgetsim's input tables. Rename it.`);
    else if (ours.has(n.toLowerCase())) {
      problems.push(`The workbook name '${n}' is one Budgetsim writes, but this workbook does not record it as Budgetsim's. Rename or delete it (Formulas > Name Manager).`);
    }
  }
  if (problems.length) throw new Error(`${problems.join(' ')} Then write again; nothing was changed.`);
}
