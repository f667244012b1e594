/**
 * People an article names whom the knowledge lacks, remembered through the
 * article: the full name as first given, for the surname alone later ("Fomin
 * said" after "Alexander Fomin"), a surname misspelt by one letter, and a
 * family name printed first ("Wang said" after "Wang Wenbin").
 */
import { editDistance } from '../edit-distance';
import { foldForComparison } from '../fold';
import { unknownSubject, type Candidate } from './attribution-types';
import { STATE_AND_CAPITAL_NAMES } from './countries';
import type { Token } from './language';
import type { Mention } from './mentions';
import { wordBeforeParticles, type PersonName } from './person-names';
import type { Quotation } from './quotations';
import { overlapsAny } from './ranges';
import { surnameOf } from './text';

/** The Arabic article as it opens a surname, joined by a hyphen ("Al-Ansari", "El-Sisi"), lower-cased. */
const ARABIC_ARTICLES = ['al', 'el'];

/** The shortest surname a word one edit away is taken to misspell: shorter ones are too often other names. */
const MISSPELT_SURNAME_LENGTH = 6;
/** Names a role the knowledge resolves does not hold ("the Turkish Foreign Minister" is that person, no name). */
export function fullNamesOutside(
  names: readonly PersonName[],
  descriptions: readonly { start: number; end: number }[],
): PersonName[] {
  const inDescription = overlapsAny(descriptions);
  return names.filter((name) => !inDescription(name));
}

/** One article's people whom the knowledge lacks, by the words a later paragraph may call them by. */
export class UnlistedNames {
  /** Full names by surname. */
  private readonly bySurname = new Map<string, string>();
  /**
   * The same by the first word of a name of two or three, where no other name shares it: "Wang said" after "Wang Wenbin",
   * as names that put the family name first are written; null for a word two names share.
   */
  private readonly byFirstWord = new Map<string, string | null>();

  /** Whether a word is the surname of a name the article gave. */
  hasSurname(word: string): boolean {
    return this.bySurname.has(word);
  }

  /**
   * People the paragraph names whom the knowledge lacks: full names from the
   * language layer, and a surname alone once the article has given the full name.
   */
  candidates(
    tokens: readonly Token[],
    names: readonly PersonName[],
    mentions: readonly Mention[],
    quotations: readonly Quotation[],
    descriptions: readonly { start: number; end: number }[],
  ): Candidate[] {
    const claimed = [...mentions, ...quotations, ...descriptions];
    const full = fullNamesOutside(names, descriptions);
    this.foresee(full);
    const inFull = overlapsAny(full);
    const isClaimed = overlapsAny(claimed);
    const surnames = tokens.flatMap((token): Candidate[] => {
      const bare = token.text.replace(/[’']s$/u, '');
      // "Mr. Xi" gave the word as a name of its own; "Xi Jinping", a fuller one it opens, says who it is.
      const own = this.bySurname.get(bare);
      const name =
        (own === bare ? (this.byFirstWord.get(bare) ?? own) : own) ??
        (token.pos === 'PROPN' ? (this.byFirstWord.get(bare) ?? this.misspeltSurname(bare)) : undefined);
      if (name === undefined || inFull(token)) return [];
      if (isClaimed(token)) return [];
      return [
        { start: token.start, end: token.start + bare.length, speaker: { type: 'named', name }, label: bare },
      ];
    });
    return [
      ...full.map((name): Candidate =>
        // A name too near a known person's to be someone else's, too far to be sure: whom it means is uncertain.
        name.nearKnown === undefined
          ? {
              start: name.start,
              end: name.end,
              speaker: { type: 'named', name: this.longerName(name.name) ?? name.name },
              label: name.name,
            }
          : unknownSubject(name, name.name),
      ),
      ...surnames,
    ];
  }

  /**
   * The one name the article gave whose surname this word misspells by one edit ("Ushkakov told Channel One"
   * after "Yury Ushakov"), as copy misspells a name it spelt right before; a short word, or one as near two
   * surnames, is no one's.
   */
  private misspeltSurname(word: string): string | undefined {
    if (word.length < MISSPELT_SURNAME_LENGTH) return undefined;
    // Diacritics aside: "Malkocz" after "Şeref Malkoç" is one edit, not two.
    const folded = foldForComparison(word);
    const near = new Set(
      [...this.bySurname]
        .filter(([surname]) => {
          const other = foldForComparison(surname);
          return (
            surname.length >= MISSPELT_SURNAME_LENGTH &&
            other[0] === folded[0] &&
            editDistance(folded, other, 1) === 1
          );
        })
        .map(([, name]) => name),
    );
    return near.size === 1 ? [...near][0] : undefined;
  }

  /**
   * The one fuller name the article gave that ends in this one: "Di Maio" after "Luigi Di Maio" (a surname of two
   * words), "Tayyip Erdogan" after "Recep Tayyip Erdogan"; or whose surname a one-word name is.
   */
  private longerName(name: string): string | undefined {
    // "Lula" after "Luiz Inacio Lula da Silva": a one-word name the article used as that fuller name's surname.
    const bySurname = name.includes(' ') ? undefined : this.bySurname.get(name);
    if (bySurname !== undefined && bySurname !== name) return bySurname;
    // "President Xi" after "Xi Jinping": a family name printed first, which no other name of the article shares.
    const byFirstWord = name.includes(' ') ? undefined : this.byFirstWord.get(name);
    if (byFirstWord !== undefined && byFirstWord !== null && byFirstWord !== name) return byFirstWord;
    // (A particle may open the shorter name capitalised: "Bin Zayed" after "Mohammed bin Zayed"; an Arabic
    // article hyphenated to the surname may be lower-cased, which the tagger splits off: "al-Ansari" after "Majed
    // Al-Ansari" reaches here as "Ansari".)
    const lower = name.toLowerCase();
    const longer = new Set(
      [...this.bySurname.values()].filter((full) => {
        const fullLower = full.toLowerCase();
        return (
          fullLower.endsWith(` ${lower}`) ||
          ARABIC_ARTICLES.some((article) => fullLower.endsWith(` ${article}-${lower}`))
        );
      }),
    );
    return longer.size === 1 ? [...longer][0] : undefined;
  }

  /**
   * The full names of people the knowledge lacks, for the surname alone: the article's first of each surname,
   * given before the paragraphs are attributed (a surname may come first: "Peskov said …" above "Kremlin
   * spokesman Dmitry Peskov") and again as each paragraph comes.
   */
  foresee(names: readonly PersonName[]): void {
    for (const { name, nearKnown, nickname } of names) {
      if (nearKnown !== undefined) continue;
      if (nickname !== undefined && !this.bySurname.has(nickname)) this.bySurname.set(nickname, name);
      // A surname alone after an office ("Kremlin spokesman Peskov") is a name of one word.
      const surname = surnameOf(name) ?? (name.includes(' ') ? undefined : name);
      // "President Tokaev speaks …" before "Kazakhstan's President Kasym-Zhomart Tokaev": the full name, wherever
      // it comes, says who the surname alone is.
      const known = surname === undefined ? undefined : this.bySurname.get(surname);
      if (surname !== undefined && (known === undefined || (known === surname && name !== surname)))
        this.bySurname.set(surname, name);
      // "Lula said" after "Luiz Inacio Lula da Silva": the word a name's particles follow is a surname too.
      const beforeParticles = wordBeforeParticles(name);
      if (beforeParticles !== undefined && !this.bySurname.has(beforeParticles))
        this.bySurname.set(beforeParticles, name);
      const words = name.split(/\s+/u);
      const [first] = words;
      // (A word the article gave as a name alone, "Mr. Xi", may be the family name of a fuller one.) A name of
      // three words too ("Yoon said" after "Yoon Suk Yeol", "Sheikh Mohammed" after "Mohammed bin Zayed"), but
      // not one with an initial or a suffix ("Robert F. Kennedy", "Marcos Jr."): those put the given name first.
      if (first === undefined || words.length < 2 || words.length > 3) continue;
      // Nor one that opens with a state's name, a headline's words more often than a person's ("Qatar Facilitates
      // Return"): "Qatar said" is the state's.
      if (
        words.length === 3 &&
        (STATE_AND_CAPITAL_NAMES.has(first.toLowerCase()) ||
          words.some((word) => word.includes('.') || /^(?:Jr|Sr|II|III|IV)$/u.test(word)))
      )
        continue;
      const asSurname = this.bySurname.get(first);
      if (asSurname !== undefined && asSurname !== first) continue;
      const earlier = this.byFirstWord.get(first);
      this.byFirstWord.set(first, earlier === undefined || earlier === name ? name : null);
    }
  }
}
