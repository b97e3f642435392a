/**
 * The copy of the model Budgetsim keeps in a workbook's custom XML part, so that a colleague who
 * opens the workbook sees the same scenarios. Pure: building the XML, reading it back and migrating
 * older payloads; the Office.js calls are in stored-model.ts and write.ts.
 *
 * The part is one element in Budgetsim's namespace holding the payload as JSON text:
 *
 *     <budgetsim xmlns="urn:budgetsim:model" payloadVersion="2"><model>{"version":2,"model":{…}}</model></budgetsim>
 *
 * The JSON is written with every character outside printable ASCII, and "<", ">" and "&", as \uXXXX
 * escapes (they only occur inside JSON strings, where the escape means the same character), so the
 * XML text needs no entities and survives any re-encoding. A reader still decodes entities and
 * CDATA, in case Excel or another tool rewrote the part.
 *
 * Payload versions (the JSON's "version"):
 *   1  { "version": 1, "model": <the model file without "language", each scenario flattened as
 *        { "name", "efficiency"?, "compensation"?, "target"? } instead of { "name", "overrides" }> }
 *   2  { "version": 2, "model": <the model file, exactly as src/model-file/serialize.ts writes it> }
 *   3  { "version": 3, "model": <as in 2>, "written": <WrittenRecord>, "solved"?: [[scenario, value | null], …] }:
 *      the exact workbook names Budgetsim wrote and, for each of its sheets, the name that marks the
 *      sheet and what the sheet shows ("comparison", "base", "scenario:<name>", "input:<id>"), so that
 *      a rewrite finds its own names and sheets by what it wrote, never by a prefix, and rewrites each
 *      sheet in place; and the solver answers the sheets show.
 * Reading migrates an older payload step by step to the current version; a newer one is refused
 * with a message saying to update Budgetsim.
 */
import { Model } from '../engine/types';
import { parseModel, Problem, serializeModel } from '../model-file';
import { describeWorkbook } from '../workbook/layout';
import { sheetKeys } from './sheet-keys';

export const MODEL_NAMESPACE = 'urn:budgetsim:model';
export const CURRENT_PAYLOAD_VERSION = 3;

/** One of Budgetsim's sheets: the workbook name that marks it and what it shows (see sheet-keys.ts). */
export interface WrittenSheet {
  marker: string;
  /** null: a sheet to remove (an earlier version's backup). */
  key: string | null;
}

/** What a write put in the workbook besides the sheets' contents. */
export interface WrittenRecord {
  /** Every workbook-scoped name Budgetsim wrote, markers included, exactly as written. */
  names: string[];
  sheets: WrittenSheet[];
}

export interface StoredPayload {
  version: number;
  model: Record<string, unknown>;
  written?: WrittenRecord;
  solved?: [string, number | null][];
}

export class StoredModelError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'StoredModelError';
  }
}

/** JSON text safe inside XML character data. */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]|[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function storedModelXml(model: Model, written?: WrittenRecord, solved?: Map<string, number | null>): string {
  const payload: StoredPayload = {
    version: CURRENT_PAYLOAD_VERSION,
    model: serializeModel(model) as Record<string, unknown>,
    written: written ?? writtenByVersion2(model),
    ...(solved && solved.size ? { solved: [...solved] } : {}),
  };
  return payloadXml(payload);
}

/** Any payload (of any version) as the part's XML. */
export function payloadXml(payload: { version: number; model: unknown }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<budgetsim xmlns="${MODEL_NAMESPACE}" payloadVersion="${payload.version}">` +
    `<model>${xmlSafeJson(payload)}</model>` +
    '</budgetsim>'
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (entity === undefined) return all;
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity];
    if (named === undefined) throw new StoredModelError(`Budgetsim's stored model uses an unknown XML entity &${entity};`);
    return named;
  });
}

/** The JSON payload inside the part's XML, not yet migrated. */
export function payloadFromXml(xml: string): unknown {
  const m = /<(?:[A-Za-z_][\w.-]*:)?model(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?model\s*>/.exec(xml);
  if (!m) throw new StoredModelError("Budgetsim's stored model is damaged: the XML part has no <model> element.");
  try {
    return JSON.parse(decodeText(m[1]));
  } catch (e) {
    if (e instanceof StoredModelError) throw e;
    throw new StoredModelError(`Budgetsim's stored model is damaged: its JSON does not parse (${(e as Error).message}).`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Version 1 -> 2: scenarios get an "overrides" object; "language" is new in 2 (absent = the default). */
function migrate1to2(payload: StoredPayload): StoredPayload {
  const model = { ...payload.model };
  if (Array.isArray(model.scenarios)) {
    model.scenarios = model.scenarios.map((s: unknown) => {
      if (!isObject(s)) return s;
      const { name, ...flat } = s;
      const overrides: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(flat)) if (value !== null && value !== undefined) overrides[key] = value;
      return { name, overrides };
    });
  }
  return { version: 2, model };
}

/** Names an interrupted write of version 2 could leave: its backups were marked bs_backup_sheet_1…N. */
const VERSION2_BACKUP_MARKERS = 64;

/**
 * What a version-2 write put in the workbook for this model: its description's names (the settings
 * and bs_sheet_1…N, one per sheet in order), and the backup markers of a write cut short. Exactly
 * the names that version wrote, so the migration finds them without a prefix.
 */
export function writtenByVersion2(model: Model): WrittenRecord {
  const desc = describeWorkbook(model);
  const keys = sheetKeys(desc);
  const markers = desc.sheets.map((_s, i) => `bs_sheet_${i + 1}`);
  const backups = Array.from({ length: VERSION2_BACKUP_MARKERS }, (_x, i) => `bs_backup_sheet_${i + 1}`);
  const settings = desc.names.map((n) => n.name).filter((n) => !markers.includes(n));
  return {
    names: [...settings, ...markers, ...backups],
    sheets: [...markers.map((marker, i) => ({ marker, key: keys[i] })), ...backups.map((marker) => ({ marker, key: null }))],
  };
}

/** Version 2 -> 3: the record of what was written, as version 2 wrote it for this model. */
function migrate2to3(payload: StoredPayload): StoredPayload {
  const parsed = parseModel(payload.model);
  const written: WrittenRecord = parsed.ok ? writtenByVersion2(parsed.model) : { names: [], sheets: [] };
  return { version: 3, model: payload.model, written };
}

/** MIGRATIONS[n] turns a version-n payload into a version n+1 one. */
const MIGRATIONS: Record<number, (p: StoredPayload) => StoredPayload> = {
  1: migrate1to2,
  2: migrate2to3,
};

/** Any known payload version, migrated to the current one; a newer or unreadable one is refused. */
export function migratePayload(raw: unknown): StoredPayload {
  if (!isObject(raw) || !isObject(raw.model)) {
    throw new StoredModelError("Budgetsim's stored model is damaged: expected { \"version\", \"model\" }.");
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoredModelError(`Budgetsim's stored model has no valid payload version (found ${JSON.stringify(version)}).`);
  }
  if (version > CURRENT_PAYLOAD_VERSION) {
    throw new StoredModelError(
      `This workbook's Budgetsim model was saved by a newer Budgetsim (payload version ${version}); this version reads up to ` +
        `version ${CURRENT_PAYLOAD_VERSION}. Update the add-in to open it.`,
    );
  }
  let payload: StoredPayload = { version, model: raw.model };
  if (version >= 3) {
    payload.written = writtenRecord(raw.written);
    if (Array.isArray(raw.solved)) payload.solved = raw.solved.filter(isSolvedEntry);
  }
  while (payload.version < CURRENT_PAYLOAD_VERSION) payload = MIGRATIONS[payload.version](payload);
  return payload;
}

function isSolvedEntry(e: unknown): e is [string, number | null] {
  return Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && (e[1] === null || typeof e[1] === 'number');
}

function writtenRecord(raw: unknown): WrittenRecord {
  if (!isObject(raw) || !Array.isArray(raw.names) || !Array.isArray(raw.sheets)) {
    throw new StoredModelError("Budgetsim's stored model is damaged: its record of what was written is missing.");
  }
  const names = raw.names.filter((n): n is string => typeof n === 'string');
  const sheets = raw.sheets
    .filter((s): s is Record<string, unknown> => isObject(s) && typeof s.marker === 'string' && (s.key === null || typeof s.key === 'string'))
    .map((s) => ({ marker: s.marker as string, key: s.key as string | null }));
  return { names, sheets };
}

/** The payload in a stored part's XML, migrated to the current version (the model not yet checked). */
export function payloadFromStoredXml(xml: string): StoredPayload {
  return migratePayload(payloadFromXml(xml));
}

/** The model in a stored part's XML: parsed, migrated and checked by the model-file parser. */
export function modelFromStoredXml(xml: string): Model {
  const payload = migratePayload(payloadFromXml(xml));
  const parsed = parseModel(payload.model);
  if (!parsed.ok) {
    throw new StoredModelError(
      `Budgetsim's stored model was refused (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}): ` +
        parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      parsed.problems,
    );
  }
  return parsed.model;
}
