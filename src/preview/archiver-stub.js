/* The browser build's stand-in for archiver, which ExcelJS's streaming writer constructs but
 * Budgetsim never uses: its zip is fflate's (src/renderers/xlsx/zip.ts). */
module.exports = function archiver() {
  return { pipe() {}, on() {}, append() {}, finalize() {} };
};
