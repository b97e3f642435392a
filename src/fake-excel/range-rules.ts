/** Conditional formats and data validation on ranges. */
import { formatRect, quoteSheet, rectsIntersect } from './address';
import { FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { invalidArgument, officeError } from './errors';
import { FakeRange, formatCells } from './range';
import {
  ConditionalFormatState,
  RangeRef,
  ValidationState,
  forStoredCells,
  nextId,
  normalizeColor,
  pruneCell,
  uniform,
} from './state';

const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const CF_SUPPORTED = ['Custom', 'CellValue'];
const CELL_VALUE_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];

function cfsOn(t: RangeRef): ConditionalFormatState[] {
  return t.sheet.conditionalFormats
    .filter((cf) => !cf.deleted && rectsIntersect(cf.rect, t))
    .sort((a, b) => a.priority - b.priority);
}

function formulaText(v: unknown, location: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.length) return v;
  throw invalidArgument('a rule formula must be a non-empty string or a number', location);
}

export class FakeConditionalFormatCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(type: string): FakeConditionalFormat {
    return this._create(
      FakeConditionalFormat,
      'add',
      [type],
      (t: RangeRef) => {
        if (!CF_TYPES.includes(type)) throw invalidArgument(`"${type}" is not a conditional format type`, 'ConditionalFormatCollection.add');
        if (!CF_SUPPORTED.includes(type)) {
          throw officeError('NotImplemented', `the fake supports CellValue and Custom conditional formats, not ${type}`);
        }
        for (const cf of t.sheet.conditionalFormats) cf.priority += 1;
        const cf: ConditionalFormatState = {
          id: String(nextId(this._wb())),
          type,
          sheet: t.sheet,
          rect: { row: t.row, column: t.column, rows: t.rows, columns: t.columns },
          priority: 0,
          stopIfTrue: false,
          rule: null,
          format: { font: {}, fill: {} },
          deleted: false,
        };
        t.sheet.conditionalFormats.push(cf);
        return cf;
      },
      '1.6',
    );
  }

  getCount(): unknown {
    return this._result('getCount', [], (t: RangeRef) => cfsOn(t).length, '1.6');
  }

  getItem(id: string): FakeConditionalFormat {
    return this._method(
      FakeConditionalFormat,
      'getItem',
      [id],
      (t: RangeRef) => {
        const cf = cfsOn(t).find((c) => c.id === id);
        if (!cf) throw officeError('ItemNotFound', `no conditional format ${id}`, 'ConditionalFormatCollection.getItem');
        return cf;
      },
      '1.6',
    );
  }

  getItemAt(index: number): FakeConditionalFormat {
    return this._method(
      FakeConditionalFormat,
      'getItemAt',
      [index],
      (t: RangeRef) => {
        const cf = cfsOn(t)[index];
        if (!cf) throw officeError('ItemNotFound', `no conditional format at ${index}`, 'ConditionalFormatCollection.getItemAt');
        return cf;
      },
      '1.6',
    );
  }

  clearAll(): void {
    this._call(
      'clearAll',
      [],
      (t: RangeRef) => {
        for (const cf of cfsOn(t)) cf.deleted = true;
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !cf.deleted);
      },
      '1.6',
    );
  }

  override _listItems(t: RangeRef): FakeObject[] {
    return cfsOn(t).map((cf, i) => this._itemProxy(FakeConditionalFormat, cf, i));
  }
}

export class FakeConditionalFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ConditionalFormat',
    props: {
      id: { get: (t: ConditionalFormatState) => t.id, api: '1.6' },
      type: { get: (t: ConditionalFormatState) => t.type, api: '1.6' },
      priority: {
        api: '1.6',
        get: (t: ConditionalFormatState) => t.priority,
        set: (t: ConditionalFormatState, v: unknown) => {
          if (!Number.isInteger(v) || (v as number) < 0) throw invalidArgument('priority must be a whole number ≥ 0', 'ConditionalFormat.priority');
          t.priority = v as number;
        },
      },
      stopIfTrue: {
        api: '1.6',
        get: (t: ConditionalFormatState) => t.stopIfTrue,
        set: (t: ConditionalFormatState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'ConditionalFormat.stopIfTrue');
          t.stopIfTrue = v;
        },
      },
    },
    nav: {
      cellValue: (self: FakeConditionalFormat) => self._prop(FakeCellValueConditionalFormat, 'cellValue', (t) => ofType(t, 'CellValue', false)),
      cellValueOrNullObject: (self: FakeConditionalFormat) =>
        self._prop(FakeCellValueConditionalFormat, 'cellValueOrNullObject', (t) => ofType(t, 'CellValue', true)),
      custom: (self: FakeConditionalFormat) => self._prop(FakeCustomConditionalFormat, 'custom', (t) => ofType(t, 'Custom', false)),
      customOrNullObject: (self: FakeConditionalFormat) =>
        self._prop(FakeCustomConditionalFormat, 'customOrNullObject', (t) => ofType(t, 'Custom', true)),
    },
  };

  getRange(): FakeRange {
    return this._method(FakeRange, 'getRange', [], (t: ConditionalFormatState) => ({ sheet: t.sheet, ...t.rect }), '1.6');
  }

  delete(): void {
    this._call(
      'delete',
      [],
      (t: ConditionalFormatState) => {
        t.deleted = true;
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t);
      },
      '1.6',
    );
  }
}

function ofType(t: ConditionalFormatState, type: string, orNull: boolean): ConditionalFormatState | null {
  if (t.type === type) return t;
  if (orNull) return null;
  throw officeError('InvalidOperation', `this conditional format is of type ${t.type}, not ${type}`, `ConditionalFormat.${type}`);
}

export class FakeCellValueConditionalFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'CellValueConditionalFormat',
    props: {
      rule: {
        api: '1.6',
        get: (t: ConditionalFormatState) => t.rule,
        set: (t: ConditionalFormatState, v: unknown) => {
          const location = 'CellValueConditionalFormat.rule';
          const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
          if (!r || typeof r !== 'object') throw invalidArgument('a rule is { formula1, operator, formula2? }', location);
          if (typeof r.operator !== 'string' || !CELL_VALUE_OPERATORS.includes(r.operator)) {
            throw invalidArgument(`"${String(r.operator)}" is not a cell value operator`, location);
          }
          const rule: Record<string, unknown> = { formula1: formulaText(r.formula1, location), operator: r.operator };
          if (r.operator === 'Between' || r.operator === 'NotBetween') rule.formula2 = formulaText(r.formula2, location);
          t.rule = rule;
        },
      },
    },
    nav: { format: (self: FakeObject) => self._prop(FakeConditionalRangeFormat, 'format', (t) => t) },
  };
}

export class FakeCustomConditionalFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'CustomConditionalFormat',
    props: {},
    nav: {
      rule: (self: FakeObject) => self._prop(FakeConditionalFormatRule, 'rule', (t) => t),
      format: (self: FakeObject) => self._prop(FakeConditionalRangeFormat, 'format', (t) => t),
    },
  };
}

export class FakeConditionalFormatRule extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ConditionalFormatRule',
    props: {
      formula: {
        api: '1.6',
        get: (t: ConditionalFormatState) => (t.rule?.formula as string | undefined) ?? '',
        set: (t: ConditionalFormatState, v: unknown) => {
          t.rule = { formula: formulaText(v, 'ConditionalFormatRule.formula') };
        },
      },
      formulaLocal: {
        api: '1.6',
        get: (t: ConditionalFormatState) => (t.rule?.formula as string | undefined) ?? '',
        set: (t: ConditionalFormatState, v: unknown) => {
          t.rule = { formula: formulaText(v, 'ConditionalFormatRule.formulaLocal') };
        },
      },
    },
  };
}

export class FakeConditionalRangeFormat extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ConditionalRangeFormat',
    props: {
      numberFormat: {
        api: '1.6',
        get: (t: ConditionalFormatState) => t.format.numberFormat ?? null,
        set: (t: ConditionalFormatState, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a number format must be a string', 'ConditionalRangeFormat.numberFormat');
          t.format.numberFormat = v;
        },
      },
    },
    nav: {
      font: (self: FakeObject) => self._prop(FakeConditionalRangeFont, 'font', (t) => t),
      fill: (self: FakeObject) => self._prop(FakeConditionalRangeFill, 'fill', (t) => t),
    },
  };
}

function cfFontProp(key: 'bold' | 'italic' | 'strikethrough' | 'color' | 'underline') {
  const location = `ConditionalRangeFont.${key}`;
  return {
    api: '1.6',
    get: (t: ConditionalFormatState) => t.format.font[key] ?? null,
    set: (t: ConditionalFormatState, v: unknown) => {
      if (key === 'color') t.format.font.color = normalizeColor(v, location);
      else if (key === 'underline') {
        if (v !== 'None' && v !== 'Single' && v !== 'Double') throw invalidArgument('underline is None, Single or Double', location);
        t.format.font.underline = v;
      } else {
        if (typeof v !== 'boolean') throw invalidArgument('expected true or false', location);
        t.format.font[key] = v;
      }
    },
  };
}

export class FakeConditionalRangeFont extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ConditionalRangeFont',
    props: {
      bold: cfFontProp('bold'),
      italic: cfFontProp('italic'),
      strikethrough: cfFontProp('strikethrough'),
      color: cfFontProp('color'),
      underline: cfFontProp('underline'),
    },
  };

  clear(): void {
    this._call('clear', [], (t: ConditionalFormatState) => (t.format.font = {}), '1.6');
  }
}

export class FakeConditionalRangeFill extends FakeObject {
  static override spec: ProxySpec = {
    type: 'ConditionalRangeFill',
    props: {
      color: {
        api: '1.6',
        get: (t: ConditionalFormatState) => t.format.fill.color ?? null,
        set: (t: ConditionalFormatState, v: unknown) => {
          t.format.fill.color = normalizeColor(v, 'ConditionalRangeFill.color');
        },
      },
    },
  };

  clear(): void {
    this._call('clear', [], (t: ConditionalFormatState) => (t.format.fill = {}), '1.6');
  }
}

FakeConditionalFormatCollection.spec = { type: 'ConditionalFormatCollection', props: {}, item: FakeConditionalFormat.spec };
for (const C of [
  FakeConditionalFormatCollection,
  FakeConditionalFormat,
  FakeCellValueConditionalFormat,
  FakeCustomConditionalFormat,
  FakeConditionalFormatRule,
  FakeConditionalRangeFormat,
  FakeConditionalRangeFont,
  FakeConditionalRangeFill,
]) {
  defineProxy(C);
}

// ---------------------------------------------------------------------------------------------
// Data validation

const RULE_KINDS: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};
const DV_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

function defaultValidation(): ValidationState {
  return {
    type: 'None',
    rule: null,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: false, title: '', message: '' },
    ignoreBlanks: true,
  };
}

function rangeFormula(source: FakeObject, from: RangeRef): string {
  const r = source._t() as RangeRef;
  const addr = formatRect(r, true);
  return r.sheet === from.sheet ? `=${addr}` : `=${quoteSheet(r.sheet.name)}!${addr}`;
}

function ruleFormula(v: unknown, from: RangeRef, location: string): string {
  if (v instanceof FakeObject) return rangeFormula(v, from);
  if (typeof v === 'number' && Number.isFinite(v)) return `=${v}`;
  if (typeof v === 'string' && v.length) return v.startsWith('=') ? v : `=${v}`;
  throw invalidArgument('formula1/formula2 must be a number, a formula string or a Range', location);
}

function normalizeRule(v: unknown, t: RangeRef): { type: string; rule: Record<string, unknown> } {
  const location = 'DataValidation.rule';
  if (!v || typeof v !== 'object') throw invalidArgument('a rule is an object with one criterion', location);
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_KINDS[keys[0]]) {
    throw invalidArgument(`a rule has exactly one of ${Object.keys(RULE_KINDS).join(', ')}; got ${keys.join(', ') || 'none'}`, location);
  }
  const kind = keys[0];
  const body = (v as Record<string, Record<string, unknown>>)[kind];
  if (!body || typeof body !== 'object') throw invalidArgument(`rule.${kind} must be an object`, location);
  if (kind === 'list') {
    const source = body.source;
    let text: string;
    if (source instanceof FakeObject) text = rangeFormula(source, t);
    else if (typeof source === 'string' && source.length) {
      if (!source.startsWith('=') && source.length > 255) {
        throw invalidArgument('a list typed into a validation rule can hold at most 255 characters', location);
      }
      text = source;
    } else throw invalidArgument('rule.list.source must be a comma-separated string, a formula or a Range', location);
    const inCellDropDown = body.inCellDropDown === undefined ? true : body.inCellDropDown;
    if (typeof inCellDropDown !== 'boolean') throw invalidArgument('rule.list.inCellDropDown must be true or false', location);
    return { type: 'List', rule: { list: { inCellDropDown, source: text } } };
  }
  if (kind === 'custom') {
    if (typeof body.formula !== 'string' || !body.formula) throw invalidArgument('rule.custom.formula must be a formula', location);
    return { type: 'Custom', rule: { custom: { formula: body.formula } } };
  }
  if (typeof body.operator !== 'string' || !DV_OPERATORS.includes(body.operator)) {
    throw invalidArgument(`"${String(body.operator)}" is not a data validation operator`, location);
  }
  const out: Record<string, unknown> = { formula1: ruleFormula(body.formula1, t, location), operator: body.operator };
  if (body.operator === 'Between' || body.operator === 'NotBetween') out.formula2 = ruleFormula(body.formula2, t, location);
  return { type: RULE_KINDS[kind], rule: { [kind]: out } };
}

/** Replaces each cell's validation with change(old), sharing one object per distinct old state. */
function updateValidation(t: RangeRef, location: string, change: (old: ValidationState) => ValidationState): void {
  const replaced = new Map<ValidationState | undefined, ValidationState>();
  formatCells(t, location, (cell) => {
    let next = replaced.get(cell.validation);
    if (!next) {
      next = change(cell.validation ?? defaultValidation());
      replaced.set(cell.validation, next);
    }
    cell.validation = next;
  });
}

export class FakeDataValidation extends FakeObject {
  static override spec: ProxySpec = {
    type: 'DataValidation',
    props: {
      type: {
        api: '1.8',
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.validation?.type ?? 'None') ?? 'Inconsistent',
      },
      rule: {
        api: '1.8',
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => c?.validation?.rule ?? {}),
        set: (t: RangeRef, v: unknown) => {
          const { type, rule } = normalizeRule(v, t);
          updateValidation(t, 'DataValidation.rule', (old) => ({ ...old, type, rule }));
        },
      },
      errorAlert: validationMessageProperty('errorAlert'),
      prompt: validationMessageProperty('prompt'),
      ignoreBlanks: {
        api: '1.8',
        get: (t: RangeRef) => uniform(t.sheet, t, (c) => (c?.validation ?? defaultValidation()).ignoreBlanks),
        set: (t: RangeRef, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'DataValidation.ignoreBlanks');
          updateValidation(t, 'DataValidation.ignoreBlanks', (old) => ({ ...old, ignoreBlanks: v }));
        },
      },
    },
  };

  clear(): void {
    this._call(
      'clear',
      [],
      (t: RangeRef) =>
        forStoredCells(t.sheet, t, (cell, r, c) => {
          cell.validation = undefined;
          pruneCell(t.sheet, r, c);
        }),
      '1.8',
    );
  }
}
defineProxy(FakeDataValidation);

/** DataValidation.errorAlert and .prompt: objects merged key by key into the range's validation. */
function validationMessageProperty(key: 'errorAlert' | 'prompt') {
  return {
    api: '1.8',
    get: (t: RangeRef) => uniform(t.sheet, t, (c) => (c?.validation ?? defaultValidation())[key]),
    set: (t: RangeRef, v: unknown) => {
      if (!v || typeof v !== 'object') throw invalidArgument(`${key} must be an object`, `DataValidation.${key}`);
      updateValidation(t, `DataValidation.${key}`, (old) => ({ ...old, [key]: { ...old[key], ...(v as object) } }));
    },
  };
}
