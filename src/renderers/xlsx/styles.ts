import type * as ExcelJS from 'exceljs';
import { CellStyle, StyleName } from '../../workbook/description';

const DEFAULT_FONT = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' } as const;

function argb(color: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`a colour must be #RRGGBB, got "${color}"`);
  return `FF${color.slice(1).toUpperCase()}`;
}

export function argbColor(color: string): Partial<ExcelJS.Color> {
  return { argb: argb(color) };
}

function font(s: CellStyle, full: boolean): Partial<ExcelJS.Font> | undefined {
  if (s.bold === undefined && s.italic === undefined && s.fontSize === undefined && s.fontColor === undefined) return undefined;
  return {
    // A font without name and size would make Excel fall back to its own default, not the workbook's.
    ...(full ? { ...DEFAULT_FONT, color: { theme: 1 } } : {}),
    ...(s.bold !== undefined ? { bold: s.bold } : {}),
    ...(s.italic !== undefined ? { italic: s.italic } : {}),
    ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
    ...(s.fontColor !== undefined ? { color: argbColor(s.fontColor) } : {}),
  };
}

function border(s: CellStyle): Partial<ExcelJS.Borders> | undefined {
  if (!s.borderTop && !s.borderBottom) return undefined;
  return {
    ...(s.borderTop ? { top: { style: 'thin' } } : {}),
    ...(s.borderBottom ? { bottom: { style: 'thin' } } : {}),
  };
}

function alignment(s: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  if (!s.horizontalAlignment && !s.wrapText) return undefined;
  return {
    ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment } : {}),
    ...(s.wrapText ? { wrapText: true } : {}),
  };
}

/**
 * The description's named styles and number formats as ExcelJS style objects. Each combination is
 * built once and the same object is given to every cell that uses it: ExcelJS maps a style object to
 * its style id by identity, so sharing keeps the style table small and the writer fast.
 */
export class StyleBook {
  private readonly cells = new Map<string | undefined, Map<StyleName | undefined, Partial<ExcelJS.Style> | undefined>>();
  private readonly dxfs = new Map<StyleName, Partial<ExcelJS.Style>>();

  constructor(private readonly styles: Record<StyleName, CellStyle>) {}

  private named(name: StyleName): CellStyle {
    const s = this.styles[name];
    if (!s) throw new Error(`the description has no style named "${name}"`);
    return s;
  }

  /** The style of a cell with this number format and named style; undefined when it has neither. */
  cell(format: string | undefined, style: StyleName | undefined): Partial<ExcelJS.Style> | undefined {
    if (format === undefined && style === undefined) return undefined;
    let byStyle = this.cells.get(format);
    if (!byStyle) this.cells.set(format, (byStyle = new Map()));
    if (byStyle.has(style)) return byStyle.get(style);
    const s = style === undefined ? {} : this.named(style);
    const f = font(s, true);
    const b = border(s);
    const a = alignment(s);
    const out: Partial<ExcelJS.Style> = {
      ...(format !== undefined ? { numFmt: format } : {}),
      ...(f ? { font: f } : {}),
      ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: argbColor(s.fill) } } : {}),
      ...(b ? { border: b } : {}),
      ...(a ? { alignment: a } : {}),
    };
    const used = Object.keys(out).length ? out : undefined;
    byStyle.set(style, used);
    return used;
  }

  /** A named style as a conditional format's differential style. */
  dxf(style: StyleName): Partial<ExcelJS.Style> {
    let out = this.dxfs.get(style);
    if (!out) {
      const s = this.named(style);
      const f = font(s, false);
      const b = border(s);
      out = {
        ...(f ? { font: f } : {}),
        // Excel paints a differential style's solid fill with bgColor, not fgColor; both are set for other readers.
        ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: argbColor(s.fill), bgColor: argbColor(s.fill) } } : {}),
        ...(b ? { border: b } : {}),
      };
      this.dxfs.set(style, out);
    }
    return out;
  }
}
