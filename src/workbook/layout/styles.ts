import { CellStyle, StyleName } from '../description';

/** The workbook's look: Office's own blues and greys, yellow for cells meant to be changed. */
export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: '#1F3864' },
  subtitle: { fontColor: '#404040' },
  note: { italic: true, fontColor: '#595959' },
  section: { bold: true, fontColor: '#1F3864', borderBottom: true },
  header: { bold: true, fill: '#DDEBF7', borderBottom: true, horizontalAlignment: 'center', wrapText: true },
  label: {},
  input: { fill: '#FFF2CC', fontColor: '#7F6000' },
  total: { bold: true, borderTop: true },
  result: { bold: true, fill: '#F2F2F2' },
  committee: { bold: true, fontColor: '#1F3864', fill: '#EDF2F9' },
  good: { fill: '#C6EFCE', fontColor: '#006100' },
  bad: { fill: '#FFC7CE', fontColor: '#9C0006' },
  muted: { fontColor: '#808080', italic: true },
  centered: { horizontalAlignment: 'center' },
};

export const TAB_COLORS = { inputs: '#FFC000', scenario: '#4472C4', base: '#2F5597', comparison: '#70AD47', risk: '#C00000' };
