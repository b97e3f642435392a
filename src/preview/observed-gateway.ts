import { Model } from '../engine/types';
import { WorkbookGateway } from '../office/gateway';

export interface WrittenModel {
  model: Model;
  solved: Map<string, number | null>;
}

export interface ObservedGateway {
  gateway: WorkbookGateway;
  /** What the last successful write put into the workbook. */
  lastWrite(): WrittenModel | null;
}

/** The same gateway, telling `changed` after every call and every write's progress, so the preview redraws the sheets. */
export function observedGateway(inner: WorkbookGateway, changed: () => void): ObservedGateway {
  let last: WrittenModel | null = null;
  const after = <T>(p: Promise<T>): Promise<T> => p.finally(() => changed());
  const gateway: WorkbookGateway = {
    write: (model, options = {}) =>
      after(
        inner
          .write(model, {
            ...options,
            onProgress: (p) => {
              options.onProgress?.(p);
              changed();
            },
          })
          .then((report) => {
            last = { model, solved: new Map(options.solved ?? []) };
            return report;
          }),
      ),
    read: () => after(inner.read()),
    stored: () => after(inner.stored()),
    select: (location) => after(inner.select(location)),
  };
  return { gateway, lastWrite: () => last };
}
