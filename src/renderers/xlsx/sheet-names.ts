import { WorkbookDescription } from '../../workbook/description';

/** Excel repairs a workbook whose sheet names break these rules (ExcelJS checks only in memory). */
export function checkSheetNames(desc: WorkbookDescription): void {
  const seen = new Set<string>();
  for (const { name } of desc.sheets) {
    const problem =
      name.length === 0 || name.length > 31
        ? 'must have 1 to 31 characters'
        : /[\\/?*:[\]]/.test(name)
          ? 'cannot contain \\ / ? * : [ ]'
          : name.startsWith("'") || name.endsWith("'")
            ? 'cannot start or end with an apostrophe'
            : name.toLowerCase() === 'history'
              ? 'is reserved by Excel'
              : seen.has(name.toLowerCase())
                ? 'is used twice (Excel compares names without case)'
                : undefined;
    if (problem) throw new Error(`sheet name "${name}" ${problem}`);
    seen.add(name.toLowerCase());
  }
}
