/**
 * Verbs that report speech after a quote, each in its past and present form: "“…,” Medinsky said", "“Why?”
 * Kuleba asks". Any of them may also come before its subject ("…, said Medinsky", "…, notes the envoy"):
 * none takes an object between itself and its subject.
 */
const REPORTING_VERBS: readonly (readonly [past: string, present: string])[] = [
  ['said', 'says'],
  ['added', 'adds'],
  ['wrote', 'writes'],
  ['continued', 'continues'],
  ['explained', 'explains'],
  ['asked', 'asks'],
  ['noted', 'notes'],
  ['stated', 'states'],
  ['declared', 'declares'],
  ['insisted', 'insists'],
  ['replied', 'replies'],
  ['responded', 'responds'],
  ['argued', 'argues'],
  ['warned', 'warns'],
  ['concluded', 'concludes'],
  ['stressed', 'stresses'],
  ['emphasised', 'emphasises'],
  ['emphasized', 'emphasizes'],
  ['recalled', 'recalls'],
  ['acknowledged', 'acknowledges'],
  ['claimed', 'claims'],
  ['tweeted', 'tweets'],
  ['posted', 'posts'],
  ['announced', 'announces'],
  ['confirmed', 'confirms'],
  ['observed', 'observes'],
  ['remarked', 'remarks'],
  ['commented', 'comments'],
  ['quipped', 'quips'],
  ['joked', 'jokes'],
  ['exclaimed', 'exclaims'],
  ['mused', 'muses'],
  ['countered', 'counters'],
  ['retorted', 'retorts'],
];

/** Reporting verbs that come before their subject ("…, said Medinsky"); verbs with an object ("accused …", "told …") do not. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(REPORTING_VERBS.flat());

/**
 * Verbs of saying whose subject comes first after a quote, never inverted: "“Why?” he told them", "“Now!”
 * Zelensky urged".
 */
const SUBJECT_FIRST_VERBS = ['told', 'tells', 'wondered', 'wonders', 'demanded', 'demands', 'urged', 'urges'];

/** Every verb that may attribute the quote right before it, in either order. */
export const ATTRIBUTING_VERBS: readonly string[] = [...INVERTING_VERBS, ...SUBJECT_FIRST_VERBS];
