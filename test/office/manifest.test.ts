/**
 * The add-in manifest, checked offline: office-addin-manifest's validate command needs the network.
 * saxes (the XML parser ExcelJS uses) reports any well-formedness error; the rest is what Office
 * requires of a task pane add-in's manifest and what Budgetsim promises (stable Id, one permission).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

const ROOT = join(__dirname, '..', '..');
const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

interface Element {
  name: string;
  uri: string;
  attributes: Record<string, { value: string; uri: string }>;
  children: Element[];
  text: string;
}

function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Element['attributes'] = {};
    for (const a of Object.values(tag.attributes)) attributes[a.local] = { value: a.value, uri: a.uri };
    const el: Element = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

function children(el: Element, name: string): Element[] {
  return el.children.filter((c) => c.name === name);
}

function child(el: Element, name: string): Element {
  const found = children(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>`);
  return found[0];
}

function all(el: Element): Element[] {
  return [el, ...el.children.flatMap(all)];
}

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** "https://localhost:3000/assets/icon-32.png" -> "<repo>/assets/icon-32.png". */
function assetOf(url: string): string {
  const m = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
  if (!m) throw new Error(`not an icon under https://localhost:3000/assets/: ${url}`);
  return join(ROOT, m[1]);
}

describe('manifest.xml', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const app = parse(xml);

  test('is well-formed XML: a broken copy is caught', () => {
    expect(() => parse(xml.replace('</Permissions>', '</Permission>'))).toThrow();
    expect(() => parse(xml.replace('<Id>', '<Id a="1" a="2">'))).toThrow();
  });

  test('is a task pane add-in for Excel, in the Office add-in namespace', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.uri).toBe(OFFICE_NS);
    expect(app.attributes.type).toEqual({ value: 'TaskPaneApp', uri: XSI_NS });
    const hosts = child(app, 'Hosts').children;
    expect(hosts.map((h) => h.attributes.Name.value)).toEqual(['Workbook']);
  });

  test('has the elements Office requires, in schema order', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const present = app.children.map((c) => c.name).filter((n) => order.includes(n));
    expect(present).toEqual(order);
    expect(child(app, 'Version').text).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(child(app, 'DefaultLocale').text).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(child(app, 'DisplayName').attributes.DefaultValue.value.length).toBeLessThanOrEqual(125);
    expect(child(app, 'Description').attributes.DefaultValue.value.length).toBeLessThanOrEqual(250);
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue.value).toBe('https://localhost:3000/taskpane.html');
    expect(child(app, 'VersionOverrides').uri).toBe(OVERRIDES_NS);
  });

  test('keeps its stable Id', () => {
    expect(child(app, 'Id').text).toBe('6f1c2d9e-8b4a-4c3e-9f2a-5d7b1e0c4a91');
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(children(app, 'Permissions').map((p) => p.text)).toEqual(['ReadWriteDocument']);
    expect(all(app).filter((e) => e.name === 'Permissions')).toHaveLength(1);
  });

  test('declares ExcelApi 1.7 as the minimum, and no other set', () => {
    const sets = child(child(app, 'Requirements'), 'Sets');
    expect(sets.attributes.DefaultMinVersion?.value).toBe('1.7');
    expect(sets.children.map((s) => [s.attributes.Name.value, s.attributes.MinVersion.value])).toEqual([['ExcelApi', '1.7']]);
  });

  test('every icon exists in assets/ with the size it is declared at', () => {
    expect(pngSize(assetOf(child(app, 'IconUrl').attributes.DefaultValue.value))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(child(app, 'HighResolutionIconUrl').attributes.DefaultValue.value))).toEqual({ width: 64, height: 64 });
    const images = all(app).filter((e) => e.name === 'Image' && e.uri === BT_NS && e.attributes.DefaultValue);
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      const size = Number(/(\d+)\.png$/.exec(img.attributes.DefaultValue.value)![1]);
      expect(existsSync(assetOf(img.attributes.DefaultValue.value))).toBe(true);
      expect(pngSize(assetOf(img.attributes.DefaultValue.value))).toEqual({ width: size, height: size });
    }
  });

  test('every resid refers to a resource, and every URL is https', () => {
    const ids = new Set(all(app).filter((e) => e.uri === BT_NS && e.attributes.id).map((e) => e.attributes.id.value));
    const refs = all(app).flatMap((e) => (e.attributes.resid ? [e.attributes.resid.value] : []));
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect([r, ids.has(r)]).toEqual([r, true]);
    const values = (e: Element) => Object.values(e.attributes).filter((a) => a.uri !== XMLNS_NS).map((a) => a.value);
    const urls = all(app).flatMap((e) => [...values(e), e.text.trim()]).filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });
});
