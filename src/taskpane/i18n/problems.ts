/** A problem from the model file's checks, worded for the pane: Swedish summaries by code; the checker's own sentence is English. */
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
  /** The checker's English sentence, when the pane is in Swedish; absent in English (it is the summary). */
  detail?: string;
}

export function problemText(p: Problem, lang: Lang): ProblemText {
  if (lang === 'en') return { summary: capitalised(p.message) };
  return { summary: SV[p.code] ?? SV.invalid, detail: capitalised(p.message) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
