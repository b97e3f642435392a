// The version 1 example: these tests count its sheets and names.
import { exampleModelV1 as exampleModel } from '../support/example-v1';
import { Model } from '../../src/engine/types';
import { parseModel, serializeModel } from '../../src/model-file';
import { CURRENT_PAYLOAD_VERSION, MODEL_NAMESPACE, StoredModelError } from '../../src/office';
import { migratePayload, modelFromStoredXml, payloadFromXml, payloadXml, storedModelXml } from '../../src/office/stored-payload';
import { fixture } from './helpers';

/** The example as an earlier Budgetsim stored it: payload version 1. */
function versionOnePayload(): { version: 1; model: Record<string, unknown> } {
  const file = serializeModel(exampleModel()) as Record<string, unknown>;
  delete file.language;
  file.scenarios = [
    { name: 'Enprocentaren', efficiency: 0.01, compensation: 1 },
    { name: 'Halv uppräkning', efficiency: 0, compensation: 0.5, target: null },
    { name: 'Högre mål', target: 0.03 },
  ];
  return { version: 1, model: file };
}

function expectedFromVersionOne(): Model {
  const model = exampleModel();
  const parsed = parseModel({
    ...serializeModel(model),
    scenarios: [
      { name: 'Enprocentaren', overrides: { efficiency: 0.01, compensation: 1 } },
      { name: 'Halv uppräkning', overrides: { efficiency: 0, compensation: 0.5 } },
      { name: 'Högre mål', overrides: { target: 0.03 } },
    ],
  });
  if (!parsed.ok) throw new Error('bad expectation');
  return parsed.model;
}

describe('the stored model payload', () => {
  test('round trip of the current version, in XML with no character that needs an entity', () => {
    const model: Model = {
      ...exampleModel(),
      name: 'Ö<&>"\'\u2028 ]]> \u{1F600}',
      committees: exampleModel().committees.map((c, i) => (i === 0 ? { ...c, name: '</model><model>{"x":1}' } : c)),
    };
    const xml = storedModelXml(model);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><budgetsim xmlns="urn:budgetsim:model" payloadVersion="3"><model>/);
    const text = xml.slice(xml.indexOf('<model>') + 7, xml.lastIndexOf('</model>'));
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).not.toMatch(/[<>&]/);
    expect(modelFromStoredXml(xml)).toEqual(model);
    expect((payloadFromXml(xml) as { version: number }).version).toBe(CURRENT_PAYLOAD_VERSION);
  });

  test('reads XML that another tool re-encoded with entities, CDATA or a namespace prefix', () => {
    const json = JSON.stringify({ version: 2, model: serializeModel(exampleModel()) });
    const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/ä/g, '&#xE4;').replace(/ö/g, '&#246;');
    expect(modelFromStoredXml(`<bs:budgetsim xmlns:bs="${MODEL_NAMESPACE}"><bs:model>${escaped}</bs:model></bs:budgetsim>`)).toEqual(exampleModel());
    expect(modelFromStoredXml(`<budgetsim xmlns="${MODEL_NAMESPACE}"><model><![CDATA[${json}]]></model></budgetsim>`)).toEqual(exampleModel());
  });

  test('version 1 is migrated: scenarios get their overrides, the language its default', () => {
    const migrated = migratePayload(versionOnePayload());
    expect(migrated.version).toBe(CURRENT_PAYLOAD_VERSION);
    expect(migrated.model.scenarios).toEqual([
      { name: 'Enprocentaren', overrides: { efficiency: 0.01, compensation: 1 } },
      { name: 'Halv uppräkning', overrides: { efficiency: 0, compensation: 0.5 } },
      { name: 'Högre mål', overrides: { target: 0.03 } },
    ]);
    const model = modelFromStoredXml(payloadXml(versionOnePayload()));
    expect(model).toEqual(expectedFromVersionOne());
    expect(model.language).toBe('sv');
  });

  test('a newer version is refused with a message saying to update; damage is named', () => {
    expect(() => migratePayload({ version: 4, model: {} })).toThrow(/newer Budgetsim \(payload version 4\); this version reads up to version 3\. Update the add-in/);
    expect(() => migratePayload({ version: 3, model: {} })).toThrow('its record of what was written is missing');
    expect(() => migratePayload({ version: 0, model: {} })).toThrow('no valid payload version');
    expect(() => migratePayload({ version: 2 })).toThrow(StoredModelError);
    expect(() => payloadFromXml('<budgetsim xmlns="urn:budgetsim:model"/>')).toThrow('no <model> element');
    expect(() => payloadFromXml('<budgetsim><model>{nope</model></budgetsim>')).toThrow('does not parse');
    const refused = payloadXml({ version: 2, model: { ...serializeModel(exampleModel()), horizon: 99 } });
    let error: StoredModelError | undefined;
    try {
      modelFromStoredXml(refused);
    } catch (e) {
      error = e as StoredModelError;
    }
    expect(error).toBeInstanceOf(StoredModelError);
    expect(error!.problems.map((p) => p.path)).toContain('$.horizon');
  });
});

describe('the stored model in a workbook', () => {
  test('none in a new workbook', async () => {
    expect(await fixture().gateway.stored()).toBeNull();
  });

  test('an old-schema workbook (a version 1 part) is migrated, not refused', async () => {
    const f = fixture();
    f.host.addCustomXmlPart(payloadXml(versionOnePayload()));
    expect(await f.gateway.stored()).toEqual(expectedFromVersionOne());
  });

  test('a write replaces the old part with a current one; parts of other add-ins stay', async () => {
    const f = fixture();
    f.host.addCustomXmlPart(payloadXml(versionOnePayload()));
    const other = f.host.addCustomXmlPart('<settings xmlns="urn:someone-else"><a>1</a></settings>');
    const model = expectedFromVersionOne();
    await f.gateway.write(model);
    const parts = f.host.customXmlParts();
    expect(parts.map((p) => p.namespaceUri).sort()).toEqual([MODEL_NAMESPACE, 'urn:someone-else']);
    expect(parts.find((p) => p.id === other)).toBeDefined();
    expect(parts.find((p) => p.namespaceUri === MODEL_NAMESPACE)!.xml).toContain('payloadVersion="3"');
    expect(await f.gateway.stored()).toEqual(model);
  });

  test('a part from a newer Budgetsim is refused with the update message', async () => {
    const f = fixture();
    f.host.addCustomXmlPart(payloadXml({ version: 7, model: {} }));
    await expect(f.gateway.stored()).rejects.toThrow('Update the add-in');
  });
});

describe('payload version 3: the record of what Budgetsim wrote', () => {
  test('a version 2 payload is migrated with exactly the names version 2 wrote for its model', () => {
    const model = exampleModel();
    const migrated = migratePayload({ version: 2, model: serializeModel(model) as Record<string, unknown> });
    expect(migrated.version).toBe(3);
    const written = migrated.written!;
    // 7 settings-like names and more, the 9 sheet markers in order, and the backup markers of a cut-short write.
    const sheets = ['comparison', 'base', 'scenario:Enprocentaren', 'scenario:Halv uppräkning', 'scenario:Full kompensation', 'scenario:Intäktsstyrd ram', 'input:inputs', 'input:committees', 'input:scenarios'];
    expect(written.sheets.filter((s) => s.key !== null)).toEqual(sheets.map((key, i) => ({ marker: `bs_sheet_${i + 1}`, key })));
    expect(written.sheets.filter((s) => s.key === null).every((s) => /^bs_backup_sheet_\d+$/.test(s.marker))).toBe(true);
    expect(written.names).toContain('bs_baseYear');
    expect(written.names.every((n) => n.startsWith('bs_'))).toBe(true);
    expect(written.names).not.toContain('BS_Total');
  });

  test('a workbook written by version 2 is rewritten in place, its names found without a prefix', async () => {
    const f = fixture({ sheets: ['Blad1'] });
    await f.gateway.write(exampleModel());
    // Make it what version 2 left: the same sheets and names, a version 2 model copy.
    const part = f.host.customXmlParts().find((p) => p.namespaceUri === MODEL_NAMESPACE)!;
    await f.Excel.run(async (context) => {
      context.workbook.customXmlParts.getItem(part.id).delete();
      context.workbook.customXmlParts.add(payloadXml({ version: 2, model: serializeModel(exampleModel()) }));
      await context.sync();
    });
    f.host.addName('BS_Total', '=Blad1!$A$1');
    const ids = f.host.snapshot().sheets.map((s) => s.id);
    const model: Model = { ...exampleModel(), name: 'Nästa år' };
    await f.gateway.write(model);
    expect(f.host.snapshot().sheets.map((s) => s.id)).toEqual(ids);
    expect(f.host.names().map((n) => n.name)).toContain('BS_Total');
    expect(await f.gateway.stored()).toEqual(model);
    expect(f.host.customXmlParts().find((p) => p.namespaceUri === MODEL_NAMESPACE)!.xml).toContain('payloadVersion="3"');
  });
});
