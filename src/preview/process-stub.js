/* What readable-stream and ExcelJS's streaming writer ask of Node's `process` in the browser build. */
module.exports = {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick(fn, ...args) {
    queueMicrotask(() => fn(...args));
  },
};
