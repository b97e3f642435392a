/** The messages between the pane and its risk worker. */
import type { RiskResult } from '../../engine/risk';
import type { RiskRequest } from './request';

export interface RiskAsk {
  id: number;
  request: RiskRequest;
}

export type RiskAnswer = { id: number; result: RiskResult } | { id: number; error: string };
