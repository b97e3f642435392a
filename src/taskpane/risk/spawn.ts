/**
 * Starts the risk worker. webpack sees `new Worker(new URL(..., import.meta.url))` and bundles
 * risk-worker.ts as its own file, served beside the pane (same origin). Throws where workers cannot start.
 */
import { WorkerLike } from './compute';

export function spawnRiskWorker(): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this host has no Web Workers');
  // The type check runs with CommonJS modules, where import.meta is not allowed; the pane's build uses ES modules.
  // @ts-ignore
  return new Worker(/* webpackChunkName: 'risk-worker' */ new URL('./risk-worker.ts', import.meta.url)) as unknown as WorkerLike;
}
