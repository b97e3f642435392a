/** Custom XML parts: kept as text, filed under the namespace of their root element. */
import { FakeClientResult, FakeCollection, FakeObject, ProxySpec, defineProxy } from './core';
import { officeError } from './errors';
import { WorkbookState, XmlPartState, guid, nextId, parseXmlNamespace } from './state';

interface Scope {
  wb: WorkbookState;
  /** null: all parts; otherwise the namespace the collection is scoped to. */
  ns: string | null;
}

function inScope(s: Scope): XmlPartState[] {
  return s.wb.xmlParts.filter((p) => !p.deleted && (s.ns === null || p.namespaceUri === s.ns));
}

function byId(s: Scope, id: string): XmlPartState | undefined {
  return inScope(s).find((p) => p.id === id);
}

export function addXmlPart(wb: WorkbookState, xml: unknown): XmlPartState {
  const namespaceUri = parseXmlNamespace(xml, 'CustomXmlPartCollection.add');
  const part: XmlPartState = { id: guid(nextId(wb), 5), xml: xml as string, namespaceUri, deleted: false };
  wb.xmlParts.push(part);
  return part;
}

abstract class XmlCollectionBase extends FakeCollection {
  getItem(id: string): FakeCustomXmlPart {
    return this._method(
      FakeCustomXmlPart,
      'getItem',
      [id],
      (s: Scope) => {
        const p = byId(s, id);
        if (!p) throw officeError('ItemNotFound', `no custom XML part ${id}`, `${this._spec().type}.getItem`);
        return p;
      },
      '1.5',
    );
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this._method(FakeCustomXmlPart, 'getItemOrNullObject', [id], (s: Scope) => byId(s, id) ?? null, '1.5');
  }

  getCount(): FakeClientResult<number> {
    return this._result('getCount', [], (s: Scope) => inScope(s).length, '1.5');
  }

  override _listItems(s: Scope): FakeObject[] {
    return inScope(s).map((p, i) => this._itemProxy(FakeCustomXmlPart, p, i));
  }
}

export class FakeCustomXmlPartCollection extends XmlCollectionBase {
  static override spec: ProxySpec;

  add(xml: string): FakeCustomXmlPart {
    return this._create(FakeCustomXmlPart, 'add', [xml], (s: Scope) => addXmlPart(s.wb, xml), '1.5');
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return this._method(FakeCustomXmlPartScopedCollection, 'getByNamespace', [namespaceUri], (s: Scope) => ({ wb: s.wb, ns: namespaceUri }), '1.5');
  }
}

export class FakeCustomXmlPartScopedCollection extends XmlCollectionBase {
  static override spec: ProxySpec;

  getOnlyItem(): FakeCustomXmlPart {
    return this._method(
      FakeCustomXmlPart,
      'getOnlyItem',
      [],
      (s: Scope) => {
        const parts = inScope(s);
        if (parts.length === 0) throw officeError('ItemNotFound', `no custom XML part in namespace ${s.ns}`, 'CustomXmlPartScopedCollection.getOnlyItem');
        if (parts.length > 1) {
          throw officeError('InvalidOperation', `${parts.length} custom XML parts in namespace ${s.ns}`, 'CustomXmlPartScopedCollection.getOnlyItem');
        }
        return parts[0];
      },
      '1.5',
    );
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return this._method(
      FakeCustomXmlPart,
      'getOnlyItemOrNullObject',
      [],
      (s: Scope) => {
        const parts = inScope(s);
        return parts.length === 1 ? parts[0] : null;
      },
      '1.5',
    );
  }
}

export class FakeCustomXmlPart extends FakeObject {
  static override spec: ProxySpec = {
    type: 'CustomXmlPart',
    props: {
      id: { api: '1.5', get: (p: XmlPartState) => p.id },
      namespaceUri: { api: '1.5', get: (p: XmlPartState) => p.namespaceUri },
    },
  };

  getXml(): FakeClientResult<string> {
    return this._result('getXml', [], (p: XmlPartState) => p.xml, '1.5');
  }

  setXml(xml: string): void {
    this._call(
      'setXml',
      [xml],
      (p: XmlPartState) => {
        p.namespaceUri = parseXmlNamespace(xml, 'CustomXmlPart.setXml');
        p.xml = xml;
      },
      '1.5',
    );
  }

  delete(): void {
    this._call('delete', [], (p: XmlPartState) => (p.deleted = true), '1.5');
  }
}

FakeCustomXmlPartCollection.spec = { type: 'CustomXmlPartCollection', props: {}, item: FakeCustomXmlPart.spec };
FakeCustomXmlPartScopedCollection.spec = { type: 'CustomXmlPartScopedCollection', props: {}, item: FakeCustomXmlPart.spec };
for (const C of [FakeCustomXmlPartCollection, FakeCustomXmlPartScopedCollection, FakeCustomXmlPart]) defineProxy(C);
