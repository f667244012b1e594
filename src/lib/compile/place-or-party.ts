import { endingWith, textAfter, wordsBefore } from './text';

/**
 * The rule for a name that is both a place and a party ("Moscow" the city and
 * "Moscow" the Russian government; "Turkey", "Kyiv", "Belarus"). Aliases may
 * be shared across these two kinds (see `src/schemas/place.ts`); a mention is:
 *
 * 1. the party when the name is possessive ("Moscow’s suggestions", "Belarus’ leader");
 * 2. the place when a locative preposition comes right before it ("in Moscow",
 *    "near Kyiv", "at Antalya"), or "to" after a word of motion ("traveled to
 *    Moscow", "a trip to Moscow"), or "-based" right after it ("a
 *    Washington-based think tank");
 * 3. the party otherwise ("Moscow removed its calls", "between Moscow and Kyiv",
 *    "efforts by Turkey and Israel").
 *
 * "in" after a verb that takes it ("result in Ukraine capitulating") is not locative either.
 * "from" is deliberately not locative: "officials from Moscow" are the government;
 * nor is "to" on its own: "concessions to Russia" go to the government.
 */
export function placeOrParty(text: string, start: number, end: number): 'place' | 'party' {
  // The words around the name decide; never the whole rest of the paragraph, whose copy per name is quadratic.
  const after = textAfter(text, end);
  if (/^(?:’s|'s|’|')(?![\p{L}])/u.test(after)) return 'party';
  if (/^-based\b/u.test(after)) return 'place';
  const before = wordsBefore(text, start);
  // What the preposition governs may come after another place and "and" ("in Moscow and Kyiv", "travelled to Russia
  // and Ukraine"), or after a word that says what kind of place it is ("in the capital Kyiv", "in eastern Ukraine").
  // Each pattern is first tested from the end (`endingWith`): most texts end in none of them.
  const withoutAnd = AND_PLACE_BEFORE.test(before) ? before.replace(AND_PLACE, '') : before;
  const core = KIND_OF_PLACE_BEFORE.test(withoutAnd) ? withoutAnd.replace(KIND_OF_PLACE, '') : withoutAnd;
  if (
    LOCATIVE_BEFORE.test(core) &&
    // "result in Ukraine capitulating": "in" belongs to the verb, and the country acts.
    !VERB_IN_BEFORE.test(core)
  ) {
    return 'place';
  }
  if (MOTION_TO_BEFORE.test(core)) {
    return 'place';
  }
  if (
    LOCATIVE_APPOSITION.test(before) &&
    /^\s*(?:[,.;:()—–]|--|(?:by|on|in|at|for)(?![\p{L}])|$)/u.test(after)
  )
    return 'place';
  return 'party';
}

const AND_PLACE = /\p{Lu}[\p{L}-]+\s+and\s+$/u;
const AND_PLACE_BEFORE = endingWith(AND_PLACE);
const KIND_OF_PLACE = /(?<![\p{L}])(?:capital|city of|city|(?:north|south|east|west)(?:ern)?|central)\s+$/u;
const KIND_OF_PLACE_BEFORE = endingWith(KIND_OF_PLACE);
const LOCATIVE_BEFORE = endingWith(
  /(?:^|[^\p{L}])(?:in|into|near|outside|at|inside|across|around|through)\s+(?:the\s+)?$/iu,
);
const VERB_IN_BEFORE = endingWith(
  /(?:^|[^\p{L}])(?:result(?:s|ed|ing)?|engag\w*|participat\w*|involved|interest(?:ed)?|invest\w*|believ\w*)\s+in\s+$/iu,
);
const MOTION_TO_BEFORE = endingWith(
  /(?:^|[^\p{L}])(?:travel\w*|trip|visit\w*|flew|fly|flying|went|go|goes|going|came|come|return\w*|arriv\w*|headed|moved?|sent|send|sends|sending|invited|way|journey)\s+(?:\S+\s+){0,2}?(?:to|toward|towards)\s+(?:the\s+)?$/iu,
);

/**
 * "in Antalya, Turkey", "invited to Antalya, Turkey", "ANTALYA, Turkey (AP)": a
 * country right after a place and a comma names where that place is. The place
 * must itself be read as one (after a locative preposition or a word of motion
 * and "to"), or be a dateline's place in capitals; "between Moscow and Kyiv,
 * Ukraine said" is no such apposition, and the country must not go on to act
 * (only punctuation or a preposition may follow it).
 */
const LOCATIVE_APPOSITION = endingWith(
  new RegExp(
    String.raw`(?:(?:^|[^\p{L}])(?:in|near|at|outside|(?:travel\w*|trip|visit\w*|flew|went|came|arriv\w*|headed|sent|invited|way)\s+to)\s+(?:the\s+)?\p{Lu}[\p{L}-]+|^\s*\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*),\s+$`,
    'u',
  ),
);
