/** The pane's look, in Fluent's design tokens (CSS custom properties set by the Fluent theme). */
export const PANE_CSS = `
:root { color-scheme: light; }
body {
  margin: 0;
  font-family: var(--fontFamilyBase);
  font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300);
  color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground2);
}
.top { padding: 12px 14px 8px; background: var(--colorNeutralBackground1); border-bottom: 1px solid var(--colorNeutralStroke2); }
.title-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h1 { font-size: var(--fontSizeBase500); line-height: var(--lineHeightBase500); font-weight: var(--fontWeightSemibold); margin: 0; color: var(--colorBrandForeground1); }
.subtitle { margin: 4px 0 0; color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
.municipality { color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold); }
.language { display: flex; gap: 2px; }
.pane { padding: 10px 10px 24px; display: flex; flex-direction: column; gap: 10px; container: pane / inline-size; }
.pane > div:empty { display: none; }
.card {
  background: var(--colorNeutralBackground1);
  border-radius: var(--borderRadiusMedium);
  box-shadow: var(--shadow2);
  padding: 10px 12px 12px;
}
.card.warning { border-left: 3px solid var(--colorPaletteDarkOrangeBorderActive); }
h2 { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400); font-weight: var(--fontWeightSemibold); margin: 0 0 8px; overflow-wrap: anywhere; }
p { margin: 0 0 8px; }
.hint { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); }
.choice { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; padding: 8px 0; border-top: 1px solid var(--colorNeutralStroke2); }
.choice .hint { margin: 0; }
label, legend { font-weight: var(--fontWeightSemibold); font-size: var(--fontSizeBase200); }
input[type=text] {
  font: inherit;
  color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground1);
  border: 1px solid var(--colorNeutralStroke1);
  border-bottom-color: var(--colorNeutralStrokeAccessible);
  border-radius: var(--borderRadiusMedium);
  height: 30px;
  padding: 0 8px;
  box-sizing: border-box;
  min-width: 0;
}
.choice input[type=text], .inline-form input[type=text] { width: 100%; }
input[type=text]:hover { border-color: var(--colorNeutralStroke1Hover); border-bottom-color: var(--colorNeutralStrokeAccessibleHover); }
input[type=text]:focus { outline: none; border-bottom: 2px solid var(--colorCompoundBrandStroke); }
input[type=text]:focus-visible, input[type=radio]:focus-visible, button:focus-visible, [data-key]:focus-visible {
  outline: 2px solid var(--colorStrokeFocus2);
  outline-offset: 1px;
}
input[aria-invalid=true] { border-color: var(--colorPaletteRedBorder2); background: var(--colorPaletteRedBackground1); }
input.number { text-align: right; font-variant-numeric: tabular-nums; width: 64px; }
.with-suffix { display: inline-flex; align-items: center; gap: 4px; }
.suffix { color: var(--colorNeutralForeground3); }
.lever { display: inline-flex; flex-direction: column; align-items: flex-end; }
.field-error { color: var(--colorPaletteRedForeground1); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); margin: 2px 0 0; text-align: left; }
.field-message { margin: 2px 0 4px; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); text-align: left; white-space: normal; overflow-wrap: break-word; }
.field-message .field-error { margin: 0; }
.field-message-label { font-weight: var(--fontWeightSemibold); color: var(--colorNeutralForeground2); }
.field-message.note .field-note { color: var(--colorPaletteDarkOrangeForeground1); }
.target-row { margin: 0 0 8px; }
.target-row .form-row { margin: 0; }
.form-row { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 8px; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
fieldset.radios { display: block; }
fieldset.radios legend { padding: 0; margin-bottom: 4px; }
.radio-options { display: flex; flex-wrap: wrap; gap: 4px 16px; }
.radio { display: inline-flex; align-items: center; gap: 6px; font-weight: normal; font-size: var(--fontSizeBase300); }
input[type=radio] { accent-color: var(--colorCompoundBrandBackground); width: 16px; height: 16px; margin: 0; }
.scenario-list { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
.scenario-item {
  display: flex; align-items: baseline; gap: 8px; padding: 5px 8px; border-radius: var(--borderRadiusMedium);
  font-weight: normal; font-size: var(--fontSizeBase300); cursor: pointer;
}
.scenario-item:hover { background: var(--colorSubtleBackgroundHover); }
.scenario-item:has(input:checked) { background: var(--colorBrandBackground2); }
.scenario-item input { align-self: center; }
.scenario-name { overflow-wrap: anywhere; min-width: 0; }
.scenario-item .hint { margin-left: auto; white-space: nowrap; }
.toolbar, .buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.buttons.after { margin-top: 10px; }
.inline-form { margin-top: 10px; padding: 10px; border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground2); display: flex; flex-direction: column; gap: 6px; }
.inline-form p { margin: 0; overflow-wrap: anywhere; }
table.grid { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; margin: 4px 0 8px; }
.grid th, .grid td { padding: 4px 6px; border-bottom: 1px solid var(--colorNeutralStroke2); text-align: left; vertical-align: top; }
.grid thead th { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); font-weight: var(--fontWeightSemibold); color: var(--colorNeutralForeground2); vertical-align: bottom; hyphens: manual; }
.grid tbody th { font-weight: normal; }
.grid .num { text-align: right; white-space: nowrap; }
.grid thead .num { white-space: normal; }
.grid .unit { font-weight: normal; color: var(--colorNeutralForeground3); }
.levers-grid { table-layout: fixed; }
.levers-grid th.year { width: 3.1em; padding-left: 2px; padding-right: 2px; }
.levers-grid .later { width: 30px; padding: 3px 0 3px 2px; text-align: center; }
.levers-grid td { padding: 3px 2px 3px 4px; }
.levers-grid thead th.num { padding-left: 4px; padding-right: 2px; }
.levers-grid td input.number { width: 100%; }
.levers-grid tbody th { vertical-align: middle; }
.levers-grid tr.messages td { padding: 0 2px 2px; border-bottom: 1px solid var(--colorNeutralStroke2); }
.levers-grid tr:has(+ tr.messages) > * { border-bottom: 0; }
.levers-grid tr.messages:not(:has(.field-message:not([hidden]))) { display: none; }
.levers-grid tr:has(+ tr.messages:not(:has(.field-message:not([hidden])))) > * { border-bottom: 1px solid var(--colorNeutralStroke2); }
input[readonly] { background: var(--colorNeutralBackgroundDisabled, #f0f0f0); color: var(--colorNeutralForegroundDisabled, #707070); border-style: dashed; }
.later-button, button.info, .link-button {
  font: inherit; color: var(--colorBrandForeground1); background: transparent; border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); cursor: pointer;
}
.later-button { width: 26px; height: 26px; padding: 0; line-height: 1; }
.later-button[aria-disabled=true] { color: var(--colorNeutralForegroundDisabled, #8a8a8a); border-color: var(--colorNeutralStroke2); cursor: default; }
button.info { width: 18px; height: 18px; padding: 0; border-radius: 50%; font-size: 11px; font-weight: var(--fontWeightSemibold); font-style: italic; font-family: Georgia, serif; line-height: 1; flex: none; vertical-align: middle; }
button.info[aria-expanded=true] { background: var(--colorBrandBackground2); }
.later-button:focus-visible, button.info:focus-visible, .link-button:focus-visible, select:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; }
.link-button { border: 0; padding: 2px 0; text-decoration: underline; }
.head-with-info { display: inline-flex; align-items: center; justify-content: flex-end; flex-wrap: wrap; gap: 2px 3px; }
.info-text { background: var(--colorNeutralBackground2); border-left: 3px solid var(--colorBrandStroke1, #0f6cbd); padding: 6px 8px; font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); }
.muted { color: var(--colorNeutralForeground3); }
.stale { border-left: 3px solid var(--colorPaletteDarkOrangeBorderActive); padding: 4px 8px; background: var(--colorPaletteDarkOrangeBackground1, #fdf6f3); }
#preview.is-stale .summary, #preview.is-stale table.years, #preview.is-stale .chart, #preview.is-stale table.finance, #preview.is-stale .projects { opacity: 0.55; }
.undo-bar { display: flex; }
.undo-bar fluent-button { max-width: 100%; }
.undo-bar fluent-button::part(content) { white-space: normal; overflow-wrap: break-word; text-align: left; }
.changed-mark { color: var(--colorPaletteDarkOrangeForeground1); font-size: 10px; }
.restart { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--colorNeutralStroke2); }
select { font: inherit; height: 30px; border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); max-width: 100%; min-width: 0; }
.compare-choosers { display: flex; flex-wrap: wrap; gap: 6px 12px; margin-bottom: 6px; }
.compare-choice { display: flex; flex-direction: column; gap: 2px; min-width: 0; flex: 1 1 120px; }
.frames-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; margin: 8px 0 0; }
.frames-head h3 { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: 0; }
.frames-year { display: inline-flex; align-items: center; gap: 6px; }
.grid.years th, .grid.years td { padding: 4px 3px; }
.grid.years th:first-child, .grid.years td:first-child { padding-left: 0; }
.finance-block h3, .financing-levers h3 { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: 10px 0 2px; }
.grid.finance th, .grid.finance td { padding: 4px 3px; }
.grid.finance th:first-child, .grid.finance td:first-child { padding-left: 0; }
.overdue { margin: 2px 0 6px; padding-left: 18px; }
.projects { margin: 2px 0 6px; padding-left: 18px; }
.projects li { margin: 2px 0; overflow-wrap: break-word; }
.levers-grid.interest-grid { width: auto; }
.levers-grid.interest-grid td input.number { width: 72px; }
.solve-choices { display: flex; flex-wrap: wrap; gap: 6px 12px; align-self: stretch; }
.solve-choice { display: flex; flex-direction: column; gap: 2px; min-width: 0; flex: 1 1 170px; }
.frames tr.implied > * { border-top: 1px solid var(--colorNeutralStrokeAccessible); font-weight: var(--fontWeightSemibold); }
@container pane (max-width: 499px) {
  .frames .year-col:not(.chosen) { display: none; }
  .frames-block:not(.all) .frames tr.beyond-few { display: none; }
}
@container pane (min-width: 500px) {
  .narrow-only { display: none !important; }
  .frames-block:not(.all) .frames tr.beyond-more { display: none; }
}
.grid caption { text-align: left; font-weight: var(--fontWeightSemibold); padding: 6px 0 2px; }
.grid .committee { overflow-wrap: break-word; hyphens: auto; min-width: 6em; }
.good { color: var(--colorPaletteGreenForeground1); }
.bad { color: var(--colorPaletteRedForeground1); }
.summary { font-weight: var(--fontWeightSemibold); margin-bottom: 2px; }
.room { color: var(--colorNeutralForeground2); margin-bottom: 6px; font-variant-numeric: tabular-nums; }
.summary.partial { color: var(--colorPaletteDarkOrangeForeground1); }
.summary-note { font-weight: normal; color: var(--colorNeutralForeground2); }
.solve { margin-top: 6px; padding-top: 8px; border-top: 1px solid var(--colorNeutralStroke2); display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.solve .hint { margin: 0; }
.solve-result p { margin: 4px 0 0; color: var(--colorNeutralForeground1); }
.chart { width: 100%; height: auto; display: block; }
.chart .axis { stroke: var(--colorNeutralStroke2); stroke-width: 1; }
.chart .axis.zero { stroke: var(--colorNeutralStrokeAccessible); }
.chart .tick { font-size: 10px; fill: var(--colorNeutralForeground3); font-family: var(--fontFamilyBase); }
.chart .bar { fill: var(--colorBrandBackground2Pressed, #96c6fa); stroke: var(--colorBrandStroke2, #96c6fa); }
.chart .bar.negative { fill: var(--colorPaletteRedBackground2); stroke: var(--colorPaletteRedBorder2); }
.chart .rolling { fill: none; stroke: var(--colorBrandForeground1); stroke-width: 2; }
.chart .rolling-point { fill: var(--colorBrandForeground1); }
.chart .target { stroke: var(--colorPaletteDarkOrangeForeground1); stroke-width: 1.5; stroke-dasharray: 5 3; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 12px; padding: 0; margin: 4px 0 4px; font-size: var(--fontSizeBase200); color: var(--colorNeutralForeground2); }
.legend li { display: inline-flex; align-items: center; gap: 4px; }
.swatch { display: inline-block; width: 14px; height: 10px; }
.swatch.bar { background: #96c6fa; }
.swatch.rolling { height: 2px; background: var(--colorBrandForeground1); }
.swatch.target { height: 0; border-top: 2px dashed var(--colorPaletteDarkOrangeForeground1); }
.problems { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
.problem {
  display: flex; flex-direction: column; gap: 1px; width: 100%; text-align: left; font: inherit; color: inherit;
  padding: 6px 8px; border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground1);
}
button.problem { cursor: pointer; }
button.problem:hover { background: var(--colorSubtleBackgroundHover); border-color: var(--colorNeutralStroke1); }
.problem-place { font-weight: var(--fontWeightSemibold); color: var(--colorBrandForeground1); overflow-wrap: anywhere; }
.problem-detail { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
fluent-message-bar { overflow-wrap: anywhere; }
.notice-body { padding: 6px 0; }
.notice-body p { margin: 2px 0 0; }
.notice-body .code { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
fluent-progress-bar { margin: 10px 0 4px; }
.progress-text { min-height: 1em; color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); margin: 4px 0 0; }
.loading { display: flex; align-items: center; gap: 8px; padding: 16px 4px; color: var(--colorNeutralForeground2); }
.risk-levers { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--colorNeutralStroke2); }
.risk-levers legend { padding: 0; margin-bottom: 4px; }
.risk-lever .form-row { margin: 0 0 4px; }
.risk-lever label { font-weight: normal; font-size: var(--fontSizeBase300); }
.risk-lever input.number { width: 56px; }
/* While new figures are computed (a tenth of a second) the charts fade; the text keeps its contrast. */
.risk-results.is-computing svg { opacity: 0.55; }
.risk-status { min-height: 1em; margin: 0 0 4px; color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); }
.risk-headline { margin: 0 0 6px; }
.risk-number { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400); font-weight: var(--fontWeightSemibold); margin: 0 0 2px; }
.risk-figure { margin: 8px 0 0; }
.risk-figure h3, .risk-tornado h3 { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: 0 0 4px; }
.chart .fan-band { fill: var(--colorBrandBackground2Pressed, #96c6fa); fill-opacity: 0.7; stroke: none; }
.chart .fan-median { fill: none; stroke: var(--colorBrandForeground1, #0f6cbd); stroke-width: 2; }
.swatch.fan-band { background: #96c6fa; }
.swatch.fan-median { height: 2px; background: var(--colorBrandForeground1); }
.risk-runs { margin: 0 0 6px; }
.risk-tornado { margin-top: 8px; }
ol.tornado { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-direction: column; gap: 6px; }
ol.tornado li { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1px; }
.tornado-name { overflow-wrap: anywhere; }
.tornado-bar { width: 100%; height: 12px; display: block; }
.tornado-bar .low { fill: var(--colorPaletteRedBackground2, #f1bbbc); stroke: none; }
.tornado-bar .high { fill: var(--colorBrandBackground2Pressed, #96c6fa); stroke: none; }
.tornado-bar .base { stroke: var(--colorNeutralForeground1, #242424); stroke-width: 1.5; }
.tornado-bar .target { stroke: var(--colorPaletteDarkOrangeForeground1, #bc4b09); stroke-width: 1.5; stroke-dasharray: 3 2; }
.tornado-values { color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); font-variant-numeric: tabular-nums; }
.swatch.tornado-low { background: #f1bbbc; }
.swatch.tornado-high { background: #96c6fa; }
@media print {
  #risk { break-inside: avoid; box-shadow: none; }
  .swatch, .risk-results * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
