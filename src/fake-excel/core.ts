/**
 * The request context and the proxy objects. As in Office.js, a proxy only queues operations;
 * `context.sync()` sends the queue as one request (whose serialised size is counted and limited),
 * applies the operations in order against the workbook, and only then makes loaded properties
 * readable. A failing operation stops the sync where it is: what ran before it stays applied.
 */
import { FakeOfficeError, invalidArgument, invalidObjectPath, officeError, propertyNotLoaded } from './errors';
import { WorkbookState } from './state';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  calculationSuspended: boolean;
  failed: boolean;
}

export interface FakeStats {
  /** context.sync() calls, including the implicit one at the end of Excel.run when work was pending. */
  syncs: number;
  /** Serialised request size of each sync, in UTF-8 bytes. */
  requestBytes: number[];
  maxRequestBytes: number;
  responseBytes: number[];
  /** Property writes, method calls and loads applied (object look-ups are not counted). */
  operations: number;
  failedSyncs: number;
  /** Syncs in which application.suspendApiCalculationUntilNextSync() was in force. */
  calculationSuspendedSyncs: number;
  runs: number;
  perSync: SyncRecord[];
}

export function emptyStats(): FakeStats {
  return {
    syncs: 0,
    requestBytes: [],
    maxRequestBytes: 0,
    responseBytes: [],
    operations: 0,
    failedSyncs: 0,
    calculationSuspendedSyncs: 0,
    runs: 0,
    perSync: [],
  };
}

export type Failure = { kind: 'ops'; remaining: number } | { kind: 'sync'; syncsLeft: number; applied?: number };

export interface HostCore {
  wb: WorkbookState;
  /** The user is typing in a cell: every request fails, or waits when its run asked to (delayForCellEdit). */
  cellEditMode: boolean;
  /** Resolves when the user leaves the cell. */
  cellEditEnded(): Promise<void>;
  stats: FakeStats;
  requestLimit: number | null;
  responseLimit: number | null;
  apiVersion: string;
  failure: Failure | null;
  makeWorkbook(ctx: FakeContext): FakeObject;
}

export interface SyncRun {
  commits: (() => void)[];
  responseBytes: number;
  calculationSuspended: boolean;
}

interface Op {
  kind: 'new' | 'set' | 'call' | 'load';
  obj: FakeObject;
  name: string;
  args: unknown[];
  /** Counted as an operation (and subject to failure injection); look-ups are not. */
  effect: boolean;
  location: string;
  run(sync: SyncRun): void;
}

export interface PropSpec {
  get?: (target: any, self: any) => unknown;
  set?: (target: any, value: any, self: any, sync: SyncRun) => void;
  /** Minimum ExcelApi version to read (and, unless setApi is given, to write). */
  api?: string;
  setApi?: string;
}

export interface ProxySpec {
  type: string;
  props: Record<string, PropSpec>;
  nav?: Record<string, (self: any) => FakeObject>;
  /** Minimum ExcelApi version of navigation properties that need more than 1.1. */
  navApi?: Record<string, string>;
  /** For collections: the spec of their items. */
  item?: ProxySpec;
}

interface Via {
  kind: 'root' | 'prop' | 'method' | 'item';
  name: string;
  args: unknown[];
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  return JSON.parse(JSON.stringify(v)) as T;
}

function jsonSize(v: unknown): number {
  return v === undefined ? 0 : utf8Length(JSON.stringify(v));
}

/** Splits the arguments Office.js's load() accepts into property paths ("format/font/bold"). */
export function loadPaths(option: unknown): { paths: string[]; all: boolean } {
  if (option === undefined || option === null) return { paths: [], all: true };
  const out: string[] = [];
  const add = (x: unknown) => {
    if (typeof x !== 'string') throw invalidArgument('load() takes property names as strings');
    for (const p of x.split(',')) {
      const t = p.trim();
      if (t) out.push(t);
    }
  };
  if (typeof option === 'string') add(option);
  else if (Array.isArray(option)) option.forEach(add);
  else if (typeof option === 'object') {
    const o = option as { select?: unknown; expand?: unknown };
    if (o.select !== undefined) (Array.isArray(o.select) ? o.select : [o.select]).forEach(add);
    if (o.expand !== undefined) (Array.isArray(o.expand) ? o.expand : [o.expand]).forEach(add);
  } else throw invalidArgument('load() takes a string, an array of strings or { select, expand }');
  return out.length ? { paths: out, all: false } : { paths: [], all: true };
}

export function seal<T extends object>(o: T): T {
  return Object.preventExtensions(o);
}

type ProxyClass<T extends FakeObject> = new (ctx: FakeContext, parent: FakeObject | null, via: Via, resolver: () => unknown) => T;

/** Base of every proxy. Subclasses add no instance fields (proxies are sealed), only methods and a spec. */
export abstract class FakeObject {
  static spec: ProxySpec;
  readonly _ctx: FakeContext;
  readonly _id: number;
  readonly _parent: FakeObject | null;
  readonly _via: Via;
  readonly _resolver: () => unknown;
  _values: Map<string, unknown>;
  _isNull: boolean | undefined;
  _bound: boolean;
  _target: unknown;
  _nav: Map<string, FakeObject>;
  _items: FakeObject[] | undefined;

  constructor(ctx: FakeContext, parent: FakeObject | null, via: Via, resolver: () => unknown) {
    this._ctx = ctx;
    this._id = ctx._nextId++;
    this._parent = parent;
    this._via = via;
    this._resolver = resolver;
    this._values = new Map();
    this._isNull = undefined;
    this._bound = false;
    this._target = undefined;
    this._nav = new Map();
    this._items = undefined;
  }

  _spec(): ProxySpec {
    return (this.constructor as unknown as { spec: ProxySpec }).spec;
  }

  _wb(): WorkbookState {
    return this._ctx._host.wb;
  }

  _path(): string {
    const p = this._parent ? this._parent._path() : '';
    const v = this._via;
    if (v.kind === 'root') return v.name;
    if (v.kind === 'prop') return `${p}.${v.name}`;
    if (v.kind === 'item') return `${p}.items[${String(v.args[0])}]`;
    const args = v.args.map((a) => (a instanceof FakeObject ? a._path() : JSON.stringify(a) ?? 'undefined')).join(', ');
    return `${p}.${v.name}(${args})`;
  }

  _alive(): void {
    if (this._ctx._disposed) throw invalidObjectPath(this._path());
  }

  /** Like Office.js, an API the host's ExcelApi version lacks fails at once, when it is called. */
  _checkApi(api: string | undefined, location: string): void {
    const have = this._ctx._host.apiVersion;
    if (api && !versionAtLeast(have, api)) throw apiNotFound(location, api, have);
  }

  /** The workbook object this proxy stands for, resolved once (at the first sync that needs it); null for a null object. */
  _t(): any {
    if (!this._bound) {
      const t = this._resolver();
      this._target = t;
      this._bound = true;
    }
    const t = this._target as { deleted?: boolean; sheet?: { deleted?: boolean } } | null;
    if (t && (t.deleted || t.sheet?.deleted)) {
      throw officeError('ItemNotFound', `${this._path()} no longer exists`);
    }
    return t;
  }

  _bind(target: unknown): void {
    this._target = target;
    this._bound = true;
  }

  get context(): FakeContext {
    this._alive();
    return this._ctx;
  }

  get isNullObject(): boolean {
    this._alive();
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject', this._spec().type);
    return this._isNull;
  }

  _get(name: string): unknown {
    this._alive();
    if (this._values.has(name)) return this._values.get(name);
    if (this._isNull === true) return null;
    throw propertyNotLoaded(name, this._spec().type);
  }

  _checkArgs(args: unknown[]): void {
    const visit = (v: unknown, depth: number) => {
      if (v instanceof FakeObject) {
        v._alive();
        if (v._ctx !== this._ctx) throw officeError('InvalidRequestContext', `${v._path()} belongs to another Excel.run`);
        return;
      }
      if (depth < 3 && v && typeof v === 'object' && !Array.isArray(v)) {
        for (const x of Object.values(v)) visit(x, depth + 1);
      }
    };
    for (const a of args) visit(a, 0);
  }

  _queue(
    kind: Op['kind'],
    name: string,
    args: unknown[],
    run: (target: any, sync: SyncRun) => void,
    options: { api?: string; effect?: boolean; location?: string; runOnNull?: boolean } = {},
  ): void {
    this._alive();
    this._checkArgs(args);
    const location = options.location ?? `${this._spec().type}.${name}`;
    this._checkApi(options.api, location);
    const self = this;
    this._ctx._queue.push({
      kind,
      obj: this,
      name,
      args,
      effect: options.effect ?? kind !== 'new',
      location,
      run(sync) {
        const t = self._t();
        sync.commits.push(() => {
          self._isNull = t === null;
        });
        if (t === null && !options.runOnNull) return;
        run(t, sync);
      },
    });
  }

  _setProp(name: string, value: unknown): void {
    const spec = this._spec();
    const p = spec.props[name];
    this._queue('set', name, [value], (t, sync) => p.set!(t, value, this, sync), {
      api: p.setApi ?? p.api,
      location: `${spec.type}.${name}`,
    });
    this._values.set(name, value);
  }

  /** A method call whose effect happens at sync. */
  _call(name: string, args: unknown[], run: (target: any, sync: SyncRun) => void, api?: string): void {
    this._queue('call', name, args, run, { api });
  }

  /** A child proxy reached through a navigation property (range.format, sheet.tables). */
  _navChild(name: string): FakeObject {
    this._alive();
    let child = this._nav.get(name);
    if (!child) {
      this._checkApi(this._spec().navApi?.[name], `${this._spec().type}.${name}`);
      const make = this._spec().nav?.[name];
      if (!make) throw officeError('NotImplemented', `${this._spec().type}.${name} is not supported by the fake`);
      child = make(this);
      this._nav.set(name, child);
    }
    return child;
  }

  _makeChild<T extends FakeObject>(Cls: ProxyClass<T>, via: Via, resolver: () => unknown): T {
    return seal(new Cls(this._ctx, this, via, resolver));
  }

  _prop<T extends FakeObject>(Cls: ProxyClass<T>, name: string, resolve: (parentTarget: any) => unknown): T {
    return this._makeChild(Cls, { kind: 'prop', name, args: [] }, () => {
      const p = this._t();
      return p === null ? null : resolve(p);
    });
  }

  /**
   * A child proxy returned by a method (getItem, getRange). Like Office.js, this queues the
   * object's instantiation: a look-up that fails (a missing sheet) fails the next sync even if
   * nothing else is done with the object. `resolve` returns null for an *OrNullObject miss.
   */
  _method<T extends FakeObject>(
    Cls: ProxyClass<T>,
    name: string,
    args: unknown[],
    resolve: (parentTarget: any) => unknown,
    api?: string,
  ): T {
    this._alive();
    this._checkArgs(args);
    const child = this._makeChild(Cls, { kind: 'method', name, args }, () => {
      const p = this._t();
      return p === null ? null : resolve(p);
    });
    child._queue('new', name, args, () => undefined, { api, effect: false, location: `${this._spec().type}.${name}` });
    return child;
  }

  /** A method that creates something (worksheets.add) and returns a proxy bound to it. */
  _create<T extends FakeObject>(
    Cls: ProxyClass<T>,
    name: string,
    args: unknown[],
    create: (parentTarget: any, sync: SyncRun) => unknown,
    api?: string,
  ): T {
    this._alive();
    this._checkArgs(args);
    const child = this._makeChild(Cls, { kind: 'method', name, args }, () => {
      if (this._t() === null) return null;
      throw officeError('InvalidObjectPath', `${name}() has not run yet`);
    });
    this._queue(
      'call',
      name,
      args,
      (t, sync) => {
        const created = create(t, sync);
        child._bind(created);
        sync.commits.push(() => {
          child._isNull = false;
        });
      },
      { api },
    );
    return child;
  }

  /** A method returning a primitive (getCount, getXml): a ClientResult readable after sync. */
  _result<T>(name: string, args: unknown[], compute: (target: any) => T, api?: string): FakeClientResult<T> {
    const result = seal(new FakeClientResult<T>(this._ctx));
    this._queue(
      'call',
      name,
      args,
      (t, sync) => {
        const v = t === null ? null : clone(compute(t));
        sync.responseBytes += jsonSize(v);
        sync.commits.push(() => result._set(v as T));
      },
      { api, runOnNull: true },
    );
    return result;
  }

  /** Plans a load: paths are checked now, values read when the sync reaches this operation. */
  _planLoad(paths: string[], all: boolean): (sync: SyncRun) => void {
    const spec = this._spec();
    if (spec.item) return this._planCollectionLoad(paths, all);
    const have = this._ctx._host.apiVersion;
    const scalars: string[] = all
      ? Object.keys(spec.props).filter((k) => spec.props[k].get && (!spec.props[k].api || versionAtLeast(have, spec.props[k].api!)))
      : [];
    const navs = new Map<string, { paths: string[]; all: boolean }>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (spec.props[head]?.get && rest.length === 0) {
        this._checkApi(spec.props[head].api, `${spec.type}.${head}`);
        if (!scalars.includes(head)) scalars.push(head);
      } else if (spec.nav?.[head]) {
        const entry = navs.get(head) ?? { paths: [], all: false };
        if (rest.length) entry.paths.push(rest.join('/'));
        else entry.all = true;
        navs.set(head, entry);
      } else {
        throw invalidArgument(`${spec.type} has no loadable property "${path}" in the fake`, `${spec.type}.load`);
      }
    }
    const childPlans = [...navs].map(([name, p]) => {
      const child = this._navChild(name);
      return child._planLoad(p.paths, p.all && p.paths.length === 0);
    });
    return (sync) => {
      const t = this._t();
      if (t === null) {
        sync.commits.push(() => {
          this._isNull = true;
        });
        return;
      }
      const loaded: [string, unknown][] = [];
      for (const name of scalars) {
        const p = spec.props[name];
        const v = clone(p.get!(t, this));
        sync.responseBytes += jsonSize(v) + name.length + 4;
        loaded.push([name, v]);
      }
      sync.commits.push(() => {
        this._isNull = false;
        for (const [k, v] of loaded) this._values.set(k, v);
      });
      for (const plan of childPlans) plan(sync);
    };
  }

  _planCollectionLoad(paths: string[], all: boolean): (sync: SyncRun) => void {
    const spec = this._spec();
    const item = spec.item!;
    const own: string[] = [];
    const itemPaths: string[] = [];
    let itemAll = all;
    for (const path of paths) {
      if (path === 'items') {
        itemAll = true;
        continue;
      }
      const p = path.startsWith('items/') ? path.slice('items/'.length) : path;
      const head = p.split('/')[0];
      if (!path.startsWith('items/') && spec.props[head]?.get && !p.includes('/')) own.push(head);
      else if (item.props[head]?.get || item.nav?.[head]) itemPaths.push(p);
      else throw invalidArgument(`${item.type} has no loadable property "${p}" in the fake`, `${spec.type}.load`);
    }
    return (sync) => {
      const t = this._t();
      if (t === null) {
        sync.commits.push(() => {
          this._isNull = true;
        });
        return;
      }
      const loaded: [string, unknown][] = own.map((name) => [name, clone(spec.props[name].get!(t, this))]);
      const items = this._listItems(t);
      for (const it of items) it._planLoad(itemPaths, itemAll && itemPaths.length === 0)(sync);
      sync.commits.push(() => {
        this._isNull = false;
        for (const [k, v] of loaded) this._values.set(k, v);
        this._items = items;
      });
    };
  }

  /** For collections: proxies bound to the current items. */
  _listItems(_target: any): FakeObject[] {
    throw officeError('NotImplemented', `${this._spec().type} is not a collection`);
  }

  _itemProxy<T extends FakeObject>(Cls: ProxyClass<T>, target: unknown, index: number): T {
    const child = this._makeChild(Cls, { kind: 'item', name: 'items', args: [index] }, () => target);
    child._bind(target);
    return child;
  }

  load(option?: unknown): this {
    this._alive();
    const { paths, all } = loadPaths(option);
    const plan = this._planLoad(paths, all);
    this._queue('load', 'load', [paths.join(',')], (_t, sync) => plan(sync));
    return this;
  }

  set(properties: Record<string, unknown>, _options?: unknown): void {
    this._alive();
    if (!properties || typeof properties !== 'object') throw invalidArgument('set() takes an object', `${this._spec().type}.set`);
    const spec = this._spec();
    for (const [k, v] of Object.entries(properties instanceof FakeObject ? properties.toJSON() : properties)) {
      if (spec.nav?.[k] && v && typeof v === 'object') {
        this._navChild(k).set(v as Record<string, unknown>);
      } else if (spec.props[k]?.set) {
        this._setProp(k, v);
      } else {
        throw invalidArgument(`${spec.type}.${k} cannot be set`, `${spec.type}.set`);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._values) out[k] = v;
    if (this._items) out.items = this._items.map((i) => i.toJSON());
    return out;
  }

  track(): this {
    this._alive();
    return this;
  }

  untrack(): this {
    this._alive();
    return this;
  }
}

/** Adds the spec's properties to a proxy class as accessors: reads need load+sync, writes queue. */
export function defineProxy(Cls: { prototype: object; spec: ProxySpec }): void {
  for (const [name, p] of Object.entries(Cls.spec.props)) {
    Object.defineProperty(Cls.prototype, name, {
      configurable: true,
      get(this: FakeObject) {
        return this._get(name);
      },
      set: p.set
        ? function (this: FakeObject, v: unknown) {
            this._setProp(name, v);
          }
        : undefined,
    });
  }
  for (const name of Object.keys(Cls.spec.nav ?? {})) {
    Object.defineProperty(Cls.prototype, name, {
      configurable: true,
      get(this: FakeObject) {
        return this._navChild(name);
      },
    });
  }
}

/** A collection proxy: `items` is readable after load('items…') and sync. */
export abstract class FakeCollection extends FakeObject {
  get items(): FakeObject[] {
    this._alive();
    if (!this._items) throw propertyNotLoaded('items', this._spec().type);
    return this._items;
  }
}

export class FakeClientResult<T> {
  readonly _ctx: FakeContext;
  _loaded: { v: T } | undefined;

  constructor(ctx: FakeContext) {
    this._ctx = ctx;
    this._loaded = undefined;
  }

  _set(v: T): void {
    this._loaded = { v };
  }

  get value(): T {
    if (this._ctx._disposed) throw invalidObjectPath('ClientResult');
    if (!this._loaded) throw officeError('ValueNotLoaded');
    return this._loaded.v;
  }
}

function apiNotFound(location: string, need: string, have: string): FakeOfficeError {
  return officeError('ApiNotFound', `${location} needs ExcelApi ${need}; this host supports ExcelApi ${have}`, location);
}

const ACTION_TYPE: Record<Op['kind'], number> = { new: 1, load: 2, call: 3, set: 4 };
const PATH_TYPE: Record<Via['kind'], number> = { root: 1, method: 3, prop: 4, item: 5 };

function pascal(name: string): string {
  return name ? name[0].toUpperCase() + name.slice(1) : name;
}

/**
 * The request as Office.js's RichApi protocol sends it: the actions in order, and every object path
 * they touch ({"Actions":[...],"ObjectPaths":{...}}), with proxies in arguments as path references.
 */
function serialize(ops: Op[]): string {
  const paths: Record<number, unknown> = {};
  const ref = (o: FakeObject): number => {
    if (!(o._id in paths)) {
      paths[o._id] = null;
      const parent = o._parent ? ref(o._parent) : undefined;
      const v = o._via;
      const path: Record<string, unknown> = { Id: o._id, ObjectPathType: PATH_TYPE[v.kind], Name: v.kind === 'root' ? '' : pascal(v.name) };
      if (parent !== undefined) path.ParentObjectPathId = parent;
      if (v.kind === 'method' || v.kind === 'item') path.ArgumentInfo = { Arguments: v.args };
      paths[o._id] = path;
    }
    return o._id;
  };
  // JSON.stringify applies toJSON() before a replacer sees the value, so look at the holder's own value.
  const replacer = function (this: Record<string, unknown>, key: string, value: unknown) {
    const own = this[key];
    return own instanceof FakeObject ? { ObjectPathId: ref(own) } : value;
  };
  let id = 0;
  const actions = JSON.stringify(
    ops.map((op) => {
      const action: Record<string, unknown> = {
        Id: ++id,
        ActionType: ACTION_TYPE[op.kind],
        Name: op.kind === 'new' || op.kind === 'load' ? '' : pascal(op.name),
        ObjectPathId: ref(op.obj),
      };
      if (op.kind === 'load') action.QueryInfo = { Select: String(op.args[0]).split(',').filter(Boolean), Expand: [] };
      else if (op.kind !== 'new') action.ArgumentInfo = { Arguments: op.args };
      return action;
    }),
    replacer,
  );
  let known = -1;
  let pathsJson = '';
  while (known !== Object.keys(paths).length) {
    known = Object.keys(paths).length;
    pathsJson = JSON.stringify(paths, replacer);
  }
  return `{"Actions":${actions},"ObjectPaths":${pathsJson}}`;
}

export class FakeContext {
  readonly _host: HostCore;
  _disposed: boolean;
  _queue: Op[];
  _nextId: number;
  _root: FakeObject | undefined;
  readonly trackedObjects: { add(o: unknown): void; remove(o: unknown): void };
  readonly requestHeaders: Record<string, string>;
  /** Excel.run({ delayForCellEdit: true }) on a host that knows the option (ExcelApi 1.11). */
  readonly _delayForCellEdit: boolean;

  constructor(host: HostCore, delayForCellEdit = false) {
    this._host = host;
    this._delayForCellEdit = delayForCellEdit;
    this._disposed = false;
    this._queue = [];
    this._nextId = 1;
    this._root = undefined;
    this.trackedObjects = { add: () => undefined, remove: () => undefined };
    this.requestHeaders = {};
  }

  get workbook(): FakeObject {
    if (this._disposed) throw invalidObjectPath('workbook');
    if (!this._root) this._root = this._host.makeWorkbook(this);
    return this._root;
  }

  get application(): FakeObject {
    return (this.workbook as unknown as { application: FakeObject }).application;
  }

  load(object: FakeObject, option?: unknown): void {
    if (object._ctx !== this) throw officeError('InvalidRequestContext');
    object.load(option);
  }

  trace(_message: string): void {
    if (this._disposed) throw invalidObjectPath('context');
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((op) => `${op.obj._path()}: ${op.kind} ${op.name}`) };
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    if (this._disposed) return Promise.reject(invalidObjectPath('context'));
    const ops = this._queue;
    this._queue = [];
    if (this._host.cellEditMode && this._delayForCellEdit) {
      // The request waits until the user leaves the cell, then goes as it was.
      return this._host.cellEditEnded().then(() => this._send(ops, passThroughValue));
    }
    return this._send(ops, passThroughValue);
  }

  private _send<T>(ops: Op[], passThroughValue?: T): Promise<T> {
    if (this._disposed) return Promise.reject(invalidObjectPath('context'));
    const host = this._host;
    const stats = host.stats;
    const bytes = utf8Length(serialize(ops));
    stats.syncs += 1;
    stats.requestBytes.push(bytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    const run: SyncRun = { commits: [], responseBytes: 0, calculationSuspended: false };
    let error: FakeOfficeError | null = null;
    let applied = 0;
    if (host.cellEditMode) {
      // Every request fails while the user edits a cell, and goes on failing until they leave it.
      error = officeError('InvalidOperationInCellEditMode', 'the user is editing a cell; nothing in this request was applied');
    } else if (host.requestLimit !== null && bytes > host.requestLimit) {
      error = officeError(
        'RequestPayloadSizeLimitExceeded',
        `this request is ${bytes} bytes; the limit is ${host.requestLimit}. Nothing in it was applied`,
      );
    } else {
      let failAt: number | null = null;
      if (host.failure?.kind === 'sync') {
        host.failure.syncsLeft -= 1;
        if (host.failure.syncsLeft <= 0) {
          const effects = ops.filter((o) => o.effect).length;
          failAt = Math.min(host.failure.applied ?? Math.floor(effects / 2), effects);
          host.failure = null;
        }
      }
      let current: Op | undefined;
      try {
        for (const op of ops) {
          current = op;
          if (op.effect) {
            const byOps = host.failure?.kind === 'ops' && host.failure.remaining <= 0;
            if ((failAt !== null && applied >= failAt) || byOps) {
              if (byOps) host.failure = null;
              throw new FakeOfficeError('GeneralException', `failure injected after ${applied} operations of this sync`, {
                location: op.location,
                injected: true,
              });
            }
          }
          op.run(run);
          if (op.effect) {
            applied += 1;
            stats.operations += 1;
            if (host.failure?.kind === 'ops') host.failure.remaining -= 1;
          }
        }
        if (host.responseLimit !== null && run.responseBytes > host.responseLimit) {
          throw officeError(
            'ResponsePayloadSizeLimitExceeded',
            `the response is ${run.responseBytes} bytes; the limit is ${host.responseLimit}`,
          );
        }
      } catch (e) {
        if (!(e instanceof FakeOfficeError)) throw e;
        if (current) {
          e.debugInfo.errorLocation = e.debugInfo.errorLocation ?? current.location;
          e.debugInfo.statement = `${current.obj._path()}: ${current.kind} ${current.name}`;
        }
        error = e;
      }
    }
    stats.responseBytes.push(run.responseBytes);
    if (run.calculationSuspended) stats.calculationSuspendedSyncs += 1;
    stats.perSync.push({
      requestBytes: bytes,
      responseBytes: run.responseBytes,
      operations: applied,
      calculationSuspended: run.calculationSuspended,
      failed: error !== null,
    });
    if (error) {
      stats.failedSyncs += 1;
      const e = error;
      return Promise.resolve().then(() => {
        throw e;
      });
    }
    return Promise.resolve().then(() => {
      for (const c of run.commits) c();
      return passThroughValue as T;
    });
  }
}

/** Excel.run: one request context per batch; pending work is synced at the end; then every proxy from it is dead. */
export function makeRun(host: HostCore): (...args: unknown[]) => Promise<unknown> {
  return function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') return Promise.reject(invalidArgument('Excel.run needs a batch function'));
    if (args.length > 1) {
      const first = args[0] as { previousObjects?: unknown } | null;
      if (
        first instanceof FakeObject ||
        first instanceof FakeContext ||
        Array.isArray(first) ||
        (first && typeof first === 'object' && first.previousObjects !== undefined)
      ) {
        return Promise.reject(officeError('NotImplemented', 'the fake does not carry objects from one Excel.run into another'));
      }
    }
    host.stats.runs += 1;
    // RunOptions.delayForCellEdit (ExcelApi 1.11: https://learn.microsoft.com/javascript/api/excel/excel.runoptions);
    // an older host ignores options it does not know.
    const options = args.length > 1 ? (args[0] as { delayForCellEdit?: unknown } | null) : null;
    const delay = options?.delayForCellEdit === true && versionAtLeast(host.apiVersion, '1.11');
    const ctx = new FakeContext(host, delay);
    return (async () => {
      try {
        const p = (batch as (c: FakeContext) => unknown)(ctx) as Promise<unknown> | undefined;
        if (!p || typeof (p as { then?: unknown }).then !== 'function') throw officeError('RunMustReturnPromise');
        const result = await p;
        if (ctx._queue.length) await ctx.sync();
        return result;
      } finally {
        ctx._disposed = true;
        ctx._queue = [];
      }
    })();
  };
}
