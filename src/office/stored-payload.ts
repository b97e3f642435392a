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
 * Reading migrates an older payload step by step to the current version; a newer one is refused
 * with a message saying to update Budgetsim.
 */
import { Model } from '../engine/types';
import { parseModel, Problem, serializeModel } from '../model-file';

export const MODEL_NAMESPACE = 'urn:budgetsim:model';
export const CURRENT_PAYLOAD_VERSION = 2;

export interface StoredPayload {
  version: number;
  model: Record<string, unknown>;
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

export function storedModelXml(model: Model): string {
  const payload: StoredPayload = { version: CURRENT_PAYLOAD_VERSION, model: serializeModel(model) as Record<string, unknown> };
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

/** MIGRATIONS[n] turns a version-n payload into a version n+1 one. */
const MIGRATIONS: Record<number, (p: StoredPayload) => StoredPayload> = {
  1: migrate1to2,
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
  while (payload.version < CURRENT_PAYLOAD_VERSION) payload = MIGRATIONS[payload.version](payload);
  return payload;
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
