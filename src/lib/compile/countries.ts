/**
 * The world's states as words of a report, from a maintained dataset (`world-countries`, mledoze/countries,
 * ODbL 1.0) rather than a list of our own: their nationality adjectives, which stand before a name as part of
 * a title ("Brazilian Celso Amorim", "the Argentine Pontiff"), and the names of the states and their capitals,
 * which stand for a government and are no person ("New Delhi said", "South Africa said").
 */
import countries from 'world-countries';
import { foldForComparison } from '../fold';

/** English demonyms as given ("Antiguan, Barbudan", "Kittitian or Nevisian"), split into their alternatives. */
function demonymAlternatives(): string[] {
  return countries.flatMap((country) => {
    const english = country.demonyms['eng'];
    if (english === undefined) return [];
    return [english.f, english.m].flatMap((demonym) =>
      demonym.split(/,|\s+or\s+/u).map((part) => part.trim()),
    );
  });
}

/**
 * The last word of every English demonym, lower-cased: "Brazilian", "Argentine", "Korean" (of "South Korean"),
 * "Zealander". A title is cut after its last title word, so a demonym's last word carries the words before it.
 */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set(
  demonymAlternatives()
    .map((demonym) => demonym.split(/\s+/u).at(-1)?.toLowerCase() ?? '')
    .filter((word) => word.length > 0),
);

/** Every state's common name and every capital, lower-cased: "india", "new delhi", "south africa", "abu dhabi". */
export const STATE_AND_CAPITAL_NAMES: ReadonlySet<string> = new Set(
  countries.flatMap((country) => [country.name.common, ...country.capital].map((name) => name.toLowerCase())),
);

/**
 * States by the one word a report names them with, folded: the common name and the demonym ("india" and
 * "indian" are one state, "lithuania" and "lithuanian" another). A word two sovereign states share ("korean",
 * "dominican", "guinean") names neither.
 */
const STATE_BY_WORD: ReadonlyMap<string, string> = (() => {
  const states = new Map<string, Set<string>>();
  // (Sovereign states only: "Indian" is also the demonym of the British Indian Ocean Territory.)
  for (const country of countries.filter((each) => each.independent)) {
    const english = country.demonyms['eng'];
    const names = [
      country.name.common,
      ...(english === undefined
        ? []
        : [english.f, english.m].flatMap((demonym) => demonym.split(/,|\s+or\s+/u))),
    ];
    for (const name of names) {
      const word = foldForComparison(name.trim());
      if (word === '' || /\s/u.test(word)) continue;
      states.set(word, (states.get(word) ?? new Set()).add(country.cca3));
    }
  }
  return new Map([...states].flatMap(([word, ids]) => (ids.size === 1 ? [[word, [...ids][0] ?? '']] : [])));
})();

/** The state a folded word names by its one-word common name or its demonym ("indian": "IND"), if one. */
export function stateOfWord(word: string): string | undefined {
  return STATE_BY_WORD.get(word);
}
