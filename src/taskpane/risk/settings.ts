/**
 * The Risk card's levers: the yearly standard deviation of tax base growth, wages and prices, read
 * from the model's uncertainty block and written back into it. The block is the model's, so what the
 * card shows is what the workbook's Osäkerhet table and `budgetsim risk` get after a write.
 */
import { Model, Uncertainty, UncertainInput } from '../../engine/types';
import { NumberFormats } from '../i18n/numbers';

/** The inputs the card has levers for, in the card's order. */
export const RISK_LEVER_INPUTS = ['taxBaseGrowth', 'wageIndex', 'priceIndex'] as const;
export type RiskLeverInput = (typeof RISK_LEVER_INPUTS)[number];

export interface RiskLever {
  input: RiskLeverInput;
  /** The yearly standard deviation as a fraction (0.01 is one percentage point); 0 when the block does not list the input. */
  sd: number;
}

export function hasUncertainty(model: Model): boolean {
  return model.uncertainty !== undefined;
}

export function riskLevers(model: Model): RiskLever[] {
  const inputs = model.uncertainty?.inputs ?? [];
  return RISK_LEVER_INPUTS.map((input) => ({ input, sd: inputs.find((u) => u.input === input)?.sd ?? 0 }));
}

export function isRiskLeverInput(input: string): input is RiskLeverInput {
  return (RISK_LEVER_INPUTS as readonly string[]).includes(input);
}

/**
 * The model with one input's sd changed. The inputs keep their order (it is part of what a seed
 * means) and their persistence; an input the block did not list is added last, without persistence.
 * The input model is not modified.
 */
export function withRiskSd(model: Model, input: UncertainInput, sd: number): Model {
  const inputs = model.uncertainty?.inputs ?? [];
  const listed = inputs.some((u) => u.input === input);
  const next: Uncertainty = {
    inputs: listed ? inputs.map((u) => (u.input === input ? { ...u, sd } : { ...u })) : [...inputs.map((u) => ({ ...u })), { input, sd }],
  };
  return { ...model, uncertainty: next };
}

export type SdReading = { ok: true; sd: number } | { ok: false; reason: 'notANumber' | 'negative' };

/** An sd typed in percentage points ("0,5", "0.5", "0,5 %") as a fraction; the model refuses a negative sd. */
export function readSd(text: string, n: NumberFormats): SdReading {
  const value = n.parsePercent(text);
  if (value === undefined || !Number.isFinite(value)) return { ok: false, reason: 'notANumber' };
  if (value < 0) return { ok: false, reason: 'negative' };
  return { ok: true, sd: value };
}

/** The sd for its field, in percentage points the language's way: 0.005 is "0,5". */
export function sdText(sd: number, n: NumberFormats): string {
  return n.percentInput(sd);
}
