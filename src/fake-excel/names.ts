/**
 * Defined names. A name that refers to a range keeps a link to its sheet, so it follows the sheet
 * through renames and moves, and turns into #REF! when the sheet is deleted.
 */
import { parseRect, splitSheetReference } from './address';
import { FakeClientResult, FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { invalidArgument, officeError } from './errors';
import { FakeRange } from './range';
import {
  NameState,
  RangeRef,
  Scalar,
  SheetState,
  WorkbookState,
  findSheet,
  refFormula,
  validateDefinedName,
  valueType,
} from './state';
import { FakeWorksheet } from './workbook';

interface Scope {
  wb: WorkbookState;
  sheet: SheetState | null;
}

function inScope(s: Scope): NameState[] {
  return s.wb.names.filter((n) => !n.deleted && n.scope === s.sheet);
}

function findName(s: Scope, name: string): NameState | undefined {
  const k = name.toUpperCase();
  return inScope(s).find((n) => n.name.toUpperCase() === k);
}

/** A reference as names.add and NamedItem.formula take it: a Range, "=Sheet1!$A$1:$B$2", or any other formula. */
export function parseNameReference(
  wb: WorkbookState,
  scopeSheet: SheetState | null,
  reference: unknown,
  location: string,
): { ref: RangeRef | null; formula: string | null } {
  if (reference instanceof FakeObject) return { ref: { ...(reference._t() as RangeRef) }, formula: null };
  if (typeof reference !== 'string' || reference.trim() === '' || reference.trim() === '=') {
    throw invalidArgument('a name refers to a Range or to a formula such as "=Sheet1!$A$1"', location);
  }
  const body = reference.startsWith('=') ? reference.slice(1) : reference;
  const split = splitSheetReference(body);
  const rect = split && parseRect(split.address);
  if (split && rect) {
    if (split.sheet === undefined) return { ref: { sheet: scopeSheet ?? wb.activeSheet, ...rect }, formula: null };
    const sheet = findSheet(wb, split.sheet);
    if (!sheet) throw invalidArgument(`there is no sheet "${split.sheet}" for ${reference}`, location);
    return { ref: { sheet, ...rect }, formula: null };
  }
  return { ref: null, formula: `=${body}` };
}

function constantOf(formula: string): Scalar | undefined {
  const body = formula.slice(1).trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  const s = /^"((?:[^"]|"")*)"$/.exec(body);
  if (s) return s[1].replace(/""/g, '"');
  return undefined;
}

function nameValue(wb: WorkbookState, n: NameState): Scalar {
  if (n.ref) return refFormula(n.ref).slice(1);
  const f = n.formula ?? '=';
  if (f.startsWith('=#REF!')) return '#REF!';
  const c = constantOf(f);
  if (c !== undefined) return c;
  const v = wb.evaluator(f, { sheet: n.scope?.name ?? '', address: '', row: -1, column: -1 });
  return v === null ? '' : v;
}

function nameType(wb: WorkbookState, n: NameState): string {
  if (n.ref) return n.ref.sheet.deleted ? 'Error' : 'Range';
  const v = nameValue(wb, n);
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return valueType(v) === 'Error' ? 'Error' : 'String';
}

function addName(s: Scope, name: unknown, reference: unknown, comment: unknown): NameState {
  const location = 'NamedItemCollection.add';
  validateDefinedName(s.wb, name, location, undefined, s.sheet);
  if (comment !== undefined && typeof comment !== 'string') throw invalidArgument('a comment must be text', location);
  const { ref, formula } = parseNameReference(s.wb, s.sheet, reference, location);
  const n: NameState = {
    name: name as string,
    scope: s.sheet,
    ref,
    formula,
    comment: (comment as string | undefined) ?? '',
    visible: true,
    deleted: false,
  };
  s.wb.names.push(n);
  return n;
}

export class FakeNamedItemCollection extends FakeCollection {
  static override spec: ProxySpec;

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return this._create(FakeNamedItem, 'add', [name, reference, comment], (s: Scope) => addName(s, name, reference, comment), '1.4');
  }

  getItem(name: string): FakeNamedItem {
    return this._method(FakeNamedItem, 'getItem', [name], (s: Scope) => {
      const n = findName(s, name);
      if (!n) throw officeError('ItemNotFound', `no name "${name}"`, 'NamedItemCollection.getItem');
      return n;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this._method(FakeNamedItem, 'getItemOrNullObject', [name], (s: Scope) => findName(s, name) ?? null, '1.4');
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (s: Scope) => inScope(s).length, '1.4');
  }

  override _listItems(s: Scope): FakeObject[] {
    return inScope(s).map((n, i) => this._itemProxy(FakeNamedItem, n, i));
  }
}

function nameRange(n: NameState, orNull: boolean): RangeRef | null {
  if (n.ref && !n.ref.sheet.deleted) return { ...n.ref };
  if (orNull) return null;
  throw officeError(n.ref ? 'InvalidReference' : 'InvalidArgument', `name "${n.name}" does not refer to a range`, 'NamedItem.getRange');
}

export class FakeNamedItem extends FakeObject {
  static override spec: ProxySpec = {
    type: 'NamedItem',
    props: {
      name: { get: (n: NameState) => n.name },
      type: { get: (n: NameState, self: FakeObject) => nameType(self._wb(), n) },
      value: { get: (n: NameState, self: FakeObject) => nameValue(self._wb(), n) },
      formula: {
        api: '1.7',
        get: (n: NameState) => (n.ref ? refFormula(n.ref) : n.formula),
        set: (n: NameState, v: unknown, self: FakeObject) => {
          const { ref, formula } = parseNameReference(self._wb(), n.scope, v, 'NamedItem.formula');
          n.ref = ref;
          n.formula = formula;
        },
      },
      comment: {
        api: '1.4',
        get: (n: NameState) => n.comment,
        set: (n: NameState, v: unknown) => {
          if (typeof v !== 'string') throw invalidArgument('a comment must be text', 'NamedItem.comment');
          n.comment = v;
        },
      },
      visible: {
        get: (n: NameState) => n.visible,
        set: (n: NameState, v: unknown) => {
          if (typeof v !== 'boolean') throw invalidArgument('expected true or false', 'NamedItem.visible');
          n.visible = v;
        },
      },
      scope: { api: '1.4', get: (n: NameState) => (n.scope ? 'Worksheet' : 'Workbook') },
    },
    nav: {
      worksheet: (self: FakeObject) =>
        self._prop(FakeWorksheet, 'worksheet', (n: NameState) => {
          if (!n.scope) throw officeError('ItemNotFound', `"${n.name}" is a workbook-scoped name`, 'NamedItem.worksheet');
          return n.scope;
        }),
      worksheetOrNullObject: (self: FakeObject) => self._prop(FakeWorksheet, 'worksheetOrNullObject', (n: NameState) => n.scope),
    },
    navApi: { worksheet: '1.4', worksheetOrNullObject: '1.4' },
  };

  getRange(): FakeRange {
    return this._method(FakeRange, 'getRange', [], (n: NameState) => nameRange(n, false));
  }

  getRangeOrNullObject(): FakeRange {
    return this._method(FakeRange, 'getRangeOrNullObject', [], (n: NameState) => nameRange(n, true), '1.4');
  }

  delete(): void {
    this._call('delete', [], (n: NameState) => (n.deleted = true), '1.4');
  }
}

FakeNamedItemCollection.spec = { type: 'NamedItemCollection', props: {}, item: FakeNamedItem.spec };
for (const C of [FakeNamedItemCollection, FakeNamedItem]) defineProxy(C);

export { nameType, nameValue };
