/**
 * Run inside a checkout of an earlier commit by `scripts/replay-first-sight.ts`: measures quote speakers and
 * dates on one folder (`articles/`, `gold/`) with that checkout's compiler and prints one line of JSON.
 * It imports the checkout's own modules, whose types changed over the project's history, so it reads
 * them through the few fields every version has.
 */
import { readKnowledge } from '../../src/lib/content/read-content';
import { evaluate } from '../../src/lib/eval/evaluate';
import { readGold } from '../../src/lib/eval/gold';
import { compileSplit } from '../../src/lib/eval/splits';

interface Score {
  kind: string;
  correct: number;
  found: number;
  expected: number;
  falseHits: string[];
}
interface Quote {
  rule?: string;
  speakerKind?: string | null;
  speaker?: unknown;
}
type Evaluate = (gold: unknown, data: unknown, options: object) => { scores: Score[] };

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: measure-batch.ts <folder with articles/ and gold/>');
const split = {
  name: 'dev',
  title: folder,
  articles: { dir: `${folder}/articles`, label: folder },
  gold: `${folder}/gold`,
  floors: {},
  showMisses: true,
};
const gold = readGold(split.gold);
const data = (compileSplit as (split: object, knowledge: unknown) => { quotes: Quote[] })(
  split,
  readKnowledge('content'),
);
const score = (kind: string, quotes = data.quotes): Score => {
  const found = (evaluate as Evaluate)(gold, { ...data, quotes }, { floors: {}, kinds: [kind] }).scores.find(
    (entry) => entry.kind === kind,
  );
  if (found === undefined) throw new Error(`no ${kind} score`);
  return found;
};
// Speakers by the rule that found them and the kind of speaker: the rule's quotes alone keep theirs.
const byRule: Record<string, [number, number]> = {};
const falseByRule: Record<string, string[]> = {};
const keys = new Set(
  data.quotes.flatMap((quote) =>
    quote.speakerKind && quote.speakerKind !== 'unknown' ? [`${quote.rule}|${quote.speakerKind}`] : [],
  ),
);
for (const key of keys) {
  const alone = data.quotes.map((quote) =>
    `${quote.rule}|${quote.speakerKind}` === key ? quote : { ...quote, speakerKind: null, speaker: null },
  );
  const { correct, found, falseHits } = score('quoteSpeakers', alone);
  byRule[key] = [correct, found];
  falseByRule[key] = falseHits;
}
const speakers = score('quoteSpeakers');
const dates = score('dates');
console.log(
  JSON.stringify({
    speakers: [speakers.correct, speakers.found, speakers.expected],
    dates: [dates.correct, dates.found, dates.expected],
    byRule,
    falseByRule,
    falseDates: dates.falseHits,
  }),
);
