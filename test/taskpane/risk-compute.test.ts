import { analyseRisk, RiskResult } from '../../src/engine/risk';
import { exampleModel } from '../../src/examples';
import { RiskAnswer, RiskAsk } from '../../src/taskpane/risk/messages';
import { mainThreadCompute, RiskCompute, RiskFailed, withFallback, WorkerLike } from '../../src/taskpane/risk/compute';
import { riskRequest } from '../../src/taskpane/risk/request';

/** A stand-in worker: it records what it is sent and answers or fails when the test says. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: RiskAnswer }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  sent: RiskAsk[] = [];
  terminated = false;
  postMessage(message: RiskAsk): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: RiskAnswer): void {
    this.onmessage?.({ data });
  }
}

const request = { ...riskRequest(exampleModel(), 0), runs: 20 };
const expected = analyseRisk(request.model, { runs: 20, seed: 1, scenarios: ['Base'] });
const stub: RiskResult = { runs: 1, seed: 9, scenarios: [] };
const flush = () => new Promise((r) => setImmediate(r));

describe('computing a risk request', () => {
  test('in the worker: the request goes out with an id and its answer comes back', async () => {
    const worker = new FakeWorker();
    const compute = withFallback(() => worker, () => Promise.reject(new Error('no fallback expected')));
    const pending = compute(request);
    await flush();
    expect(worker.sent).toEqual([{ id: 1, request }]);
    // An answer to another id is not this request's.
    worker.answer({ id: 7, result: { ...stub, seed: 7 } });
    worker.answer({ id: 1, result: stub });
    await expect(pending).resolves.toBe(stub);
  });

  test('the engine’s failure in the worker is a failure of the request, not of the worker', async () => {
    const worker = new FakeWorker();
    let fellBack = 0;
    const compute = withFallback(() => worker, () => (fellBack++, Promise.resolve(stub)));
    const pending = compute(request);
    await flush();
    worker.answer({ id: 1, error: 'no scenario' });
    await expect(pending).rejects.toEqual(new RiskFailed('no scenario'));
    expect(fellBack).toBe(0);
    expect(worker.terminated).toBe(false);
  });

  test('a host without workers computes on the main thread, the same numbers as the engine', async () => {
    let spawned = 0;
    const compute = withFallback(() => {
      spawned++;
      throw new Error('this host has no Web Workers');
    }, mainThreadCompute(0));
    await expect(compute(request)).resolves.toEqual(expected);
    await expect(compute(request)).resolves.toEqual(expected);
    // Tried once; later requests go straight to the main thread.
    expect(spawned).toBe(1);
  });

  test('a worker that breaks is stopped, its request is computed on the main thread, and so are the later ones', async () => {
    const worker = new FakeWorker();
    const fallback: RiskCompute = jest.fn(mainThreadCompute(0));
    const compute = withFallback(() => worker, fallback);
    const pending = compute(request);
    await flush();
    worker.onerror?.(new Event('error'));
    await expect(pending).resolves.toEqual(expected);
    expect(worker.terminated).toBe(true);
    await expect(compute(request)).resolves.toEqual(expected);
    expect(worker.sent).toHaveLength(1);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  test('the main thread waits a moment first, so the keystroke that asked is drawn before the work', async () => {
    jest.useFakeTimers();
    try {
      let done = false;
      const pending = mainThreadCompute(30)(request).then(() => (done = true));
      jest.advanceTimersByTime(29);
      await Promise.resolve();
      expect(done).toBe(false);
      jest.advanceTimersByTime(1);
      await pending;
      expect(done).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
