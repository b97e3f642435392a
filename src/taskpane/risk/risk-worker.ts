/**
 * The risk worker: runs the engine's analysis off the pane's thread, so typing stays smooth while
 * 2 000 runs are drawn. It answers each request with its id; the pane drops answers it no longer wants.
 */
import { analyse } from './analyse';
import { RiskAnswer, RiskAsk } from './messages';

// The pane's TypeScript settings describe a window, not a worker: the little of the worker's scope used here.
const scope = self as unknown as { onmessage: ((e: MessageEvent<RiskAsk>) => void) | null; postMessage(message: RiskAnswer): void };

scope.onmessage = (e) => {
  const { id, request } = e.data;
  let answer: RiskAnswer;
  try {
    answer = { id, result: analyse(request) };
  } catch (err) {
    answer = { id, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(answer);
};
