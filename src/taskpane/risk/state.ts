/** What the Risk card shows, as plain data in the pane's state. */
import type { RiskResult } from '../../engine/risk';
import type { Localized } from '../state';

/** A lever field's text that the model does not (yet) hold: refused, and why. */
export interface RiskDraft {
  text: string;
  error: Localized<string> | null;
}

export interface RiskState {
  /** The request last asked for (see request.ts); null before the first. */
  asked: string | null;
  /** The newest answer and the request it answers. */
  result: RiskResult | null;
  answered: string | null;
  /** The newest request failed: the engine's message. */
  failed: string | null;
  /** The sd fields' texts being typed or refused, by input. */
  drafts: Map<string, RiskDraft>;
  /** How many answers have arrived: for tests and the bench to wait on. */
  answers: number;
}

export function initialRiskState(): RiskState {
  return { asked: null, result: null, answered: null, failed: null, drafts: new Map(), answers: 0 };
}

/** The card's figures are for the request last asked for. */
export function riskCurrent(r: RiskState): boolean {
  return r.asked !== null && r.answered === r.asked && r.failed === null;
}
