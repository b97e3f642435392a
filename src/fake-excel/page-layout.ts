/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, the zoom (scale or fit to pages), the print
 * title rows, and headersFooters.defaultForAllPages's six header and footer sections.
 *
 * Modelled on the Office.js reference:
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout (orientation "Portrait" |
 * "Landscape"; zoom a PageLayoutZoomOptions; setPrintTitleRows takes a Range or an address of whole
 * rows such as "$1:$4"), https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
 * (scale 10..400, or horizontalFitToPages / verticalFitToPages), and
 * https://learn.microsoft.com/javascript/api/excel/excel.headerfooter (leftHeader … rightFooter are
 * strings with Excel's &-codes). A zoom of 0 pages tall is OOXML's "automatic" (ECMA-376 Part 1,
 * 18.3.1.63 pageSetup@fitToHeight). Everything here needs ExcelApi 1.9: on an older host, using any
 * member fails the sync with ApiNotFound like the other versioned members of the fake.
 */
import { FakeObject, ProxySpec, defineProxy } from './core';
import { invalidArgument } from './errors';
import { FakeRange } from './range';
import { RangeRef, SheetState } from './state';

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$1:$4", or null for none. */
  printTitleRows: string | null;
  headers: Record<HeaderFooterKey, string>;
}

export type HeaderFooterKey = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
const KEYS: HeaderFooterKey[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** Excel refuses a header or footer section longer than this. */
const MAX_SECTION = 255;

export function defaultPageLayout(): PageLayoutState {
  return { orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null, headers: Object.fromEntries(KEYS.map((k) => [k, ''])) as Record<HeaderFooterKey, string> };
}

/** The sheet's page layout, created on first use (sheets made before it existed start with the default). */
export function pageLayoutOf(s: SheetState): PageLayoutState {
  const holder = s as SheetState & { pageLayout?: PageLayoutState };
  holder.pageLayout ??= defaultPageLayout();
  return holder.pageLayout;
}

function pagesCount(v: unknown, key: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 32767) throw invalidArgument(`${key} must be a whole number of pages from 0`, `PageLayout.zoom.${key}`);
  return v;
}

function normalizeZoom(v: unknown): PageLayoutState['zoom'] {
  if (!v || typeof v !== 'object') throw invalidArgument('zoom must be an object', 'PageLayout.zoom');
  const z = v as Record<string, unknown>;
  const unknown = Object.keys(z).find((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k));
  if (unknown) throw invalidArgument(`unknown zoom option ${unknown}`, 'PageLayout.zoom');
  if (z.scale !== undefined && z.scale !== null) {
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) throw invalidArgument('scale must be between 10 and 400', 'PageLayout.zoom.scale');
    if (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined) throw invalidArgument('a scale or pages to fit, not both', 'PageLayout.zoom');
    return { scale: z.scale };
  }
  const horizontalFitToPages = pagesCount(z.horizontalFitToPages, 'horizontalFitToPages');
  const verticalFitToPages = pagesCount(z.verticalFitToPages, 'verticalFitToPages');
  if (horizontalFitToPages === undefined && verticalFitToPages === undefined) throw invalidArgument('give a scale or pages to fit', 'PageLayout.zoom');
  return { ...(horizontalFitToPages !== undefined ? { horizontalFitToPages } : {}), ...(verticalFitToPages !== undefined ? { verticalFitToPages } : {}) };
}

export class FakeHeaderFooter extends FakeObject {
  static override spec: ProxySpec = {
    type: 'HeaderFooter',
    props: Object.fromEntries(
      KEYS.map((key) => [
        key,
        {
          api: '1.9',
          get: (s: SheetState) => pageLayoutOf(s).headers[key],
          set: (s: SheetState, v: unknown) => {
            if (typeof v !== 'string') throw invalidArgument(`${key} must be text`, `HeaderFooter.${key}`);
            if (v.length > MAX_SECTION) throw invalidArgument(`${key} is longer than ${MAX_SECTION} characters`, `HeaderFooter.${key}`);
            pageLayoutOf(s).headers[key] = v;
          },
        },
      ]),
    ),
  };
}
defineProxy(FakeHeaderFooter);

export class FakeHeaderFooterGroup extends FakeObject {
  static override spec: ProxySpec = {
    type: 'HeaderFooterGroup',
    props: {},
    nav: { defaultForAllPages: (self: FakeObject) => self._prop(FakeHeaderFooter, 'defaultForAllPages', (s: SheetState) => s) },
    navApi: { defaultForAllPages: '1.9' },
  };
}
defineProxy(FakeHeaderFooterGroup);

export class FakePageLayout extends FakeObject {
  static override spec: ProxySpec = {
    type: 'PageLayout',
    props: {
      orientation: {
        api: '1.9',
        get: (s: SheetState) => pageLayoutOf(s).orientation,
        set: (s: SheetState, v: unknown) => {
          if (v !== 'Portrait' && v !== 'Landscape') throw invalidArgument('orientation is "Portrait" or "Landscape"', 'PageLayout.orientation');
          pageLayoutOf(s).orientation = v;
        },
      },
      zoom: {
        api: '1.9',
        get: (s: SheetState) => ({ ...pageLayoutOf(s).zoom }),
        set: (s: SheetState, v: unknown) => {
          pageLayoutOf(s).zoom = normalizeZoom(v);
        },
      },
    },
    nav: { headersFooters: (self: FakeObject) => self._prop(FakeHeaderFooterGroup, 'headersFooters', (s: SheetState) => s) },
    navApi: { headersFooters: '1.9' },
  };

  /** Rows repeated at the top of each printed page: a Range, or whole rows as "$1:$4" (also "1:4"). */
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this._call(
      'setPrintTitleRows',
      [printTitleRows],
      (s: SheetState) => {
        let first: number;
        let last: number;
        if (typeof printTitleRows === 'string') {
          const m = /^\$?(\d+):\$?(\d+)$/.exec(printTitleRows.trim());
          if (!m) throw invalidArgument('print title rows are whole rows, such as "$1:$4"', 'PageLayout.setPrintTitleRows');
          first = Number(m[1]);
          last = Number(m[2]);
        } else {
          const r = printTitleRows._t() as RangeRef;
          if (r.sheet !== s) throw invalidArgument('the range is on another sheet', 'PageLayout.setPrintTitleRows');
          first = r.row + 1;
          last = r.row + r.rows;
        }
        if (first < 1 || last < first) throw invalidArgument('the rows are not in order', 'PageLayout.setPrintTitleRows');
        pageLayoutOf(s).printTitleRows = `$${first}:$${last}`;
      },
      '1.9',
    );
  }
}
defineProxy(FakePageLayout);
