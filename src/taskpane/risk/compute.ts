/**
 * How the pane computes a risk request: in the worker, or, where a worker cannot start or stops
 * answering (a host without workers, a blocked script), on the pane's own thread after a short delay
 * so the keystroke that asked is drawn first.
 */
import type { RiskResult } from '../../engine/risk';
import { analyse } from './analyse';
import { RiskAnswer, RiskAsk } from './messages';
import { RiskRequest } from './request';

export type RiskCompute = (request: RiskRequest) => Promise<RiskResult>;

/** The little of a Worker used here, so tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: RiskAsk): void;
  onmessage: ((e: { data: RiskAnswer }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  terminate(): void;
}

/** The worker itself failed (its script did not load, or it crashed): not an answer about the model. */
export class WorkerBroken extends Error {}

/** The engine refused or failed on the request; said the same way from the worker and the main thread. */
export class RiskFailed extends Error {}

export const MAIN_THREAD_DELAY_MS = 30;

export function mainThreadCompute(delayMs = MAIN_THREAD_DELAY_MS): RiskCompute {
  return (request) =>
    new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(analyse(request));
        } catch (err) {
          reject(new RiskFailed(err instanceof Error ? err.message : String(err)));
        }
      }, delayMs);
    });
}

/** Requests to one worker, each answered by id. */
function workerChannel(worker: WorkerLike): { compute: RiskCompute; terminate(): void } {
  let next = 0;
  const open = new Map<number, { resolve: (r: RiskResult) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e) => {
    const answer = e.data;
    const waiting = open.get(answer.id);
    if (!waiting) return;
    open.delete(answer.id);
    if ('result' in answer) waiting.resolve(answer.result);
    else waiting.reject(new RiskFailed(answer.error));
  };
  worker.onerror = () => {
    const all = [...open.values()];
    open.clear();
    for (const w of all) w.reject(new WorkerBroken('the risk worker failed'));
  };
  return {
    compute: (request) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        open.set(id, { resolve, reject });
        try {
          worker.postMessage({ id, request });
        } catch (err) {
          open.delete(id);
          reject(new WorkerBroken(err instanceof Error ? err.message : String(err)));
        }
      }),
    terminate: () => worker.terminate(),
  };
}

/**
 * Computes in a worker started on the first request; falls back to `fallback` for good once the
 * worker cannot start or breaks (the request it was working on is computed again by the fallback).
 */
export function withFallback(spawn: () => WorkerLike, fallback: RiskCompute): RiskCompute {
  let channel: ReturnType<typeof workerChannel> | null | undefined;
  return async (request) => {
    if (channel === undefined) {
      try {
        channel = workerChannel(spawn());
      } catch {
        channel = null;
      }
    }
    if (channel) {
      try {
        return await channel.compute(request);
      } catch (err) {
        if (!(err instanceof WorkerBroken)) throw err;
        channel.terminate();
        channel = null;
      }
    }
    return fallback(request);
  };
}
