/**
 * The Excel JavaScript API enums the add-in uses, with the same member names and string values as
 * @types/office-js, so code written against `Excel.ChartType.line` runs against the fake unchanged.
 */

export const ChartType = Object.freeze({
  invalid: 'Invalid',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  columnStacked100: 'ColumnStacked100',
  _3DColumnClustered: '3DColumnClustered',
  _3DColumnStacked: '3DColumnStacked',
  _3DColumnStacked100: '3DColumnStacked100',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  barStacked100: 'BarStacked100',
  _3DBarClustered: '3DBarClustered',
  _3DBarStacked: '3DBarStacked',
  _3DBarStacked100: '3DBarStacked100',
  lineStacked: 'LineStacked',
  lineStacked100: 'LineStacked100',
  lineMarkers: 'LineMarkers',
  lineMarkersStacked: 'LineMarkersStacked',
  lineMarkersStacked100: 'LineMarkersStacked100',
  pieOfPie: 'PieOfPie',
  pieExploded: 'PieExploded',
  _3DPieExploded: '3DPieExploded',
  barOfPie: 'BarOfPie',
  xyscatterSmooth: 'XYScatterSmooth',
  xyscatterSmoothNoMarkers: 'XYScatterSmoothNoMarkers',
  xyscatterLines: 'XYScatterLines',
  xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers',
  areaStacked: 'AreaStacked',
  areaStacked100: 'AreaStacked100',
  _3DAreaStacked: '3DAreaStacked',
  _3DAreaStacked100: '3DAreaStacked100',
  doughnutExploded: 'DoughnutExploded',
  radarMarkers: 'RadarMarkers',
  radarFilled: 'RadarFilled',
  surface: 'Surface',
  surfaceWireframe: 'SurfaceWireframe',
  surfaceTopView: 'SurfaceTopView',
  surfaceTopViewWireframe: 'SurfaceTopViewWireframe',
  bubble: 'Bubble',
  bubble3DEffect: 'Bubble3DEffect',
  stockHLC: 'StockHLC',
  stockOHLC: 'StockOHLC',
  stockVHLC: 'StockVHLC',
  stockVOHLC: 'StockVOHLC',
  cylinderColClustered: 'CylinderColClustered',
  cylinderColStacked: 'CylinderColStacked',
  cylinderColStacked100: 'CylinderColStacked100',
  cylinderBarClustered: 'CylinderBarClustered',
  cylinderBarStacked: 'CylinderBarStacked',
  cylinderBarStacked100: 'CylinderBarStacked100',
  cylinderCol: 'CylinderCol',
  coneColClustered: 'ConeColClustered',
  coneColStacked: 'ConeColStacked',
  coneColStacked100: 'ConeColStacked100',
  coneBarClustered: 'ConeBarClustered',
  coneBarStacked: 'ConeBarStacked',
  coneBarStacked100: 'ConeBarStacked100',
  coneCol: 'ConeCol',
  pyramidColClustered: 'PyramidColClustered',
  pyramidColStacked: 'PyramidColStacked',
  pyramidColStacked100: 'PyramidColStacked100',
  pyramidBarClustered: 'PyramidBarClustered',
  pyramidBarStacked: 'PyramidBarStacked',
  pyramidBarStacked100: 'PyramidBarStacked100',
  pyramidCol: 'PyramidCol',
  _3DColumn: '3DColumn',
  line: 'Line',
  _3DLine: '3DLine',
  _3DPie: '3DPie',
  pie: 'Pie',
  xyscatter: 'XYScatter',
  _3DArea: '3DArea',
  area: 'Area',
  doughnut: 'Doughnut',
  radar: 'Radar',
  histogram: 'Histogram',
  boxwhisker: 'Boxwhisker',
  pareto: 'Pareto',
  regionMap: 'RegionMap',
  treemap: 'Treemap',
  waterfall: 'Waterfall',
  sunburst: 'Sunburst',
  funnel: 'Funnel',
}) as unknown as typeof Excel.ChartType;

export const ChartSeriesBy = Object.freeze({
  auto: 'Auto',
  columns: 'Columns',
  rows: 'Rows',
}) as unknown as typeof Excel.ChartSeriesBy;

export const ChartAxisType = Object.freeze({
  invalid: 'Invalid',
  category: 'Category',
  value: 'Value',
  series: 'Series',
}) as unknown as typeof Excel.ChartAxisType;

export const ChartAxisGroup = Object.freeze({
  primary: 'Primary',
  secondary: 'Secondary',
}) as unknown as typeof Excel.ChartAxisGroup;

export const ChartLegendPosition = Object.freeze({
  invalid: 'Invalid',
  top: 'Top',
  bottom: 'Bottom',
  left: 'Left',
  right: 'Right',
  corner: 'Corner',
  custom: 'Custom',
}) as unknown as typeof Excel.ChartLegendPosition;

export const SheetVisibility = Object.freeze({
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
}) as unknown as typeof Excel.SheetVisibility;

export const BorderIndex = Object.freeze({
  edgeTop: 'EdgeTop',
  edgeBottom: 'EdgeBottom',
  edgeLeft: 'EdgeLeft',
  edgeRight: 'EdgeRight',
  insideVertical: 'InsideVertical',
  insideHorizontal: 'InsideHorizontal',
  diagonalDown: 'DiagonalDown',
  diagonalUp: 'DiagonalUp',
}) as unknown as typeof Excel.BorderIndex;

export const BorderLineStyle = Object.freeze({
  none: 'None',
  continuous: 'Continuous',
  dash: 'Dash',
  dashDot: 'DashDot',
  dashDotDot: 'DashDotDot',
  dot: 'Dot',
  double: 'Double',
  slantDashDot: 'SlantDashDot',
}) as unknown as typeof Excel.BorderLineStyle;

export const BorderWeight = Object.freeze({
  hairline: 'Hairline',
  thin: 'Thin',
  medium: 'Medium',
  thick: 'Thick',
}) as unknown as typeof Excel.BorderWeight;

export const CalculationMode = Object.freeze({
  automatic: 'Automatic',
  automaticExceptTables: 'AutomaticExceptTables',
  manual: 'Manual',
}) as unknown as typeof Excel.CalculationMode;

export const CalculationType = Object.freeze({
  recalculate: 'Recalculate',
  full: 'Full',
  fullRebuild: 'FullRebuild',
}) as unknown as typeof Excel.CalculationType;

export const ConditionalFormatType = Object.freeze({
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
}) as unknown as typeof Excel.ConditionalFormatType;

export const ConditionalCellValueOperator = Object.freeze({
  invalid: 'Invalid',
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
}) as unknown as typeof Excel.ConditionalCellValueOperator;

export const ConditionalRangeFontUnderlineStyle = Object.freeze({
  none: 'None',
  single: 'Single',
  double: 'Double',
}) as unknown as typeof Excel.ConditionalRangeFontUnderlineStyle;

export const DataValidationType = Object.freeze({
  none: 'None',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
  inconsistent: 'Inconsistent',
  mixedCriteria: 'MixedCriteria',
}) as unknown as typeof Excel.DataValidationType;

export const DataValidationOperator = Object.freeze({
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
  lessThanOrEqualTo: 'LessThanOrEqualTo',
}) as unknown as typeof Excel.DataValidationOperator;

export const DataValidationAlertStyle = Object.freeze({
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
}) as unknown as typeof Excel.DataValidationAlertStyle;

export const HorizontalAlignment = Object.freeze({
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
}) as unknown as typeof Excel.HorizontalAlignment;

export const VerticalAlignment = Object.freeze({
  top: 'Top',
  center: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
}) as unknown as typeof Excel.VerticalAlignment;

export const NamedItemType = Object.freeze({
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  range: 'Range',
  error: 'Error',
  array: 'Array',
}) as unknown as typeof Excel.NamedItemType;

export const NamedItemScope = Object.freeze({
  worksheet: 'Worksheet',
  workbook: 'Workbook',
}) as unknown as typeof Excel.NamedItemScope;

export const RangeValueType = Object.freeze({
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
}) as unknown as typeof Excel.RangeValueType;

export const ClearApplyTo = Object.freeze({
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
}) as unknown as typeof Excel.ClearApplyTo;

/** Range.copyFrom's copyType (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.rangecopytype). */
export const RangeCopyType = Object.freeze({
  all: 'All',
  formulas: 'Formulas',
  values: 'Values',
  formats: 'Formats',
  link: 'Link',
}) as unknown as typeof Excel.RangeCopyType;

export const RangeUnderlineStyle = Object.freeze({
  none: 'None',
  single: 'Single',
  double: 'Double',
  singleAccountant: 'SingleAccountant',
  doubleAccountant: 'DoubleAccountant',
}) as unknown as typeof Excel.RangeUnderlineStyle;

export const ErrorCodes = Object.freeze({
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  dirtySupportingFormula: 'DirtySupportingFormula',
  emptyChartSeries: 'EmptyChartSeries',
  filteredRangeConflict: 'FilteredRangeConflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  openWorkbookLinksBlocked: 'OpenWorkbookLinksBlocked',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  powerQueryRefreshResourceChallenge: 'PowerQueryRefreshResourceChallenge',
  rangeExceedsLimit: 'RangeExceedsLimit',
  rangeImageExceedsLimit: 'RangeImageExceedsLimit',
  refreshWorkbookLinksBlocked: 'RefreshWorkbookLinksBlocked',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedFillType: 'UnsupportedFillType',
  unsupportedOperation: 'UnsupportedOperation',
  unsupportedSheet: 'UnsupportedSheet',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
}) as unknown as typeof Excel.ErrorCodes;

