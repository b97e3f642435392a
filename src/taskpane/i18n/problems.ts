/**
 * A problem from the model file's checks, worded for the pane: the checker's sentence in the pane's
 * language. A problem without a Swedish sentence gets, in Swedish, a summary by its code with the
 * English sentence underneath.
 */
import { Problem, ProblemCode } from '../../model-file/problems';
import { Lang } from './language';

const SV: Record<ProblemCode, string> = {
  required: 'Ett värde saknas.',
  type: 'Här ska det stå ett tal.',
  range: 'Värdet ligger utanför det tillåtna intervallet.',
  integer: 'Här ska det stå ett heltal.',
  enum: 'Värdet är inte ett av de tillåtna alternativen.',
  duplicate: 'Värdet förekommer två gånger.',
  'unknown-committee': 'Nämnden finns inte i nämndtabellen.',
  'year-outside-plan': 'Året ligger utanför planperioden.',
  'year-missing': 'Ett planår saknas.',
  'history-after-base': 'Historiken har ett år efter basåret.',
  'revenue-not-positive': 'Intäkterna måste vara större än noll.',
  'unknown-key': 'Okänd inställning eller kolumn.',
  'schema-version': 'Okänd version av modellfilen.',
  'reserved-name': 'Namnet är reserverat för basscenariot.',
  'table-missing': 'Tabellen saknas.',
  'column-missing': 'Kolumnen saknas.',
  invalid: 'Värdet är ogiltigt.',
};

export interface ProblemText {
  summary: string;
  /** The checker's English sentence, when the pane is in Swedish and the problem has no Swedish one. */
  detail?: string;
}

export function problemText(p: Problem, lang: Lang): ProblemText {
  if (lang === 'en') return { summary: capitalised(p.message) };
  const sv = p.messages?.sv;
  if (sv !== undefined) return { summary: capitalised(sv) };
  return { summary: SV[p.code] ?? SV.invalid, detail: capitalised(p.message) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
