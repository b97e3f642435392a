/** The preview page around the pane: the pane as a task pane on the left, the workbook on the right. */
export const PREVIEW_CSS = `
body { background: var(--colorNeutralBackground3); }
.preview { display: grid; grid-template-columns: 380px minmax(0, 1fr); gap: 16px; padding: 12px; align-items: start; }
.preview-title { grid-column: 1 / -1; display: flex; flex-direction: column; gap: 2px; }
.preview-title h1 { font-size: var(--fontSizeBase500); }
.preview-title p { margin: 0; color: var(--colorNeutralForeground3); }
.pane-frame { background: var(--colorNeutralBackground2); border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); overflow: hidden; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow-y: auto; }
.workbook-frame { background: var(--colorNeutralBackground1); border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); padding: 10px 12px; min-width: 0; }
.wb-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
.wb-head h2 { margin: 0; }
.wb-head fluent-button { margin-left: auto; }
.tabs { display: flex; flex-wrap: wrap; gap: 2px; margin: 10px 0 0; border-bottom: 1px solid var(--colorNeutralStroke1); }
.tabs [role=tab] { font: inherit; font-size: var(--fontSizeBase200); padding: 5px 10px; border: 1px solid transparent; border-bottom: 0; background: transparent; color: var(--colorNeutralForeground2); border-radius: 4px 4px 0 0; cursor: pointer; }
.tabs [role=tab][aria-selected=true] { background: var(--colorNeutralBackground1); border-color: var(--colorNeutralStroke1); color: var(--colorBrandForeground1); font-weight: var(--fontWeightSemibold); margin-bottom: -1px; }
.sheet { overflow: auto; max-height: calc(100vh - 140px); }
table.cells { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
.cells th, .cells td { border: 1px solid #e1e1e1; padding: 2px 6px; white-space: nowrap; max-width: 28em; overflow: hidden; text-overflow: ellipsis; }
.cells thead th, .cells tbody th { background: #f3f3f3; color: #616161; font-weight: normal; text-align: center; position: sticky; }
.cells thead th { top: 0; z-index: 1; }
.cells tbody th { left: 0; }
.cells td.n { text-align: right; }
.cells td.tbl-head { background: #0f6cbd; color: #fff; font-weight: 600; }
.cells td.tbl { background: #f0f6fc; }
.cells td.selected { outline: 2px solid #107c41; outline-offset: -2px; }
`;
