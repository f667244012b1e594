import { editDistance } from '../edit-distance';
import { foldForComparison } from '../fold';
import type { Knowledge } from '../compile/knowledge';
import { EntityMatcher, type Mention } from '../compile/mentions';

/** A name the knowledge lacks, as the review reports it: the name without its title, and the title apart. */
export interface UnknownName {
  /** The name, title aside ("Alexandr Fomin"). */
  name: string;
  /** The title printed before it ("Deputy Defence Minister"), when there is one. */
  title?: string;
  /** The paragraphs that print it. */
  paragraphs: string[];
  /** Known people it may be a misspelling of: within two edits of their name, an alias or a surname, or their first name with a surname theirs opens. */
  likelyAliasOf: { id: string; name: string; written: string; distance: number }[];
}

/** What the review says of the names in an article that the knowledge does not know. */
export interface UnknownNames {
  people: UnknownName[];
  /** Bodies named like people ("Defence Ministry", "General Staff"): not for people.yaml. */
  institutions: { name: string; paragraphs: string[] }[];
}

/** Capitalised words of a title before a name ("Deputy Defence Minister", "Foreign Minister"). */
const TITLE_WORDS = new Set(
  (
    'Acting Adviser Advisor Ambassador Chairman Chairwoman Chancellor Chief Colonel Commander Commissioner ' +
    'Defence Defense Deputy Director Envoy Foreign General Governor Head Interior Justice Lieutenant Major ' +
    'Mayor Minister Negotiator Presidential President Press Prime Secretary Senator Senior Special Speaker ' +
    'Spokesman Spokeswoman Spokesperson State Vice Former Top Lead Chief'
  ).split(' '),
);

/** Words that make a run of capitalised words the name of a body, not of a person. */
const INSTITUTION_WORDS = new Set(
  (
    'Administration Agency Army Assembly Bank Bureau Cabinet Command Commission Committee Congress Council ' +
    'Court Department Duma Embassy Intelligence Forces Foundation Government Guard Institute Institution Kremlin Ministry Navy News ' +
    'Office Organization Organisation Parliament Party Pentagon Police Post Presidency Press Service Staff ' +
    'Times Union University Journal Network Radio Television Agency Group Center Centre Palace House'
  ).split(' '),
);

/** Capitalised words that start sentences or name days and months rather than starting a name. */
const NOT_NAME_WORDS = new Set(
  (
    'A An And As At After Also Asked Before But By During For From He Her His However I If In Instead It Its ' +
    'Meanwhile Now On Since She So That The Their Then There These They This Those Though To Under We What ' +
    'When Whether While Why With Without Yet Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December'
  ).split(' '),
);

const CAPITALISED_RUN = /(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*)*/gu;

/** A word of a demonym or a known party's or place's name ("Russian", "Ukraine's"): part of a title, not of a name. */
function isNationalWord(word: string, knownNames: ReadonlySet<string>): boolean {
  return knownNames.has(word) || /(?:ian|ish|ese|ian’s|ean)$/u.test(word);
}

/**
 * The names an article prints that no known person, party or place covers:
 * runs of capitalised words outside the compiler's mentions, their title
 * words and nationality taken off the front ("Deputy Defence Minister
 * Alexandr Fomin" is Alexandr Fomin), bodies apart ("Defence Ministry"), and
 * for each person the known people they may be a misspelling of. A single
 * word within two edits of a known person's name or alias ("Medinski") is
 * reported too, since the compiler matches no misspelling the knowledge lacks.
 */
export function unknownNames(
  paragraphs: readonly { id: string; text: string; mentions: readonly Mention[] }[],
  knowledge: Knowledge,
): UnknownNames {
  const knownWords = new Set(
    [...knowledge.parties, ...knowledge.places].flatMap((entity) =>
      [entity.name, ...entity.aliases].flatMap((name) => name.split(/\s+/u)),
    ),
  );
  const people = new Map<string, UnknownName>();
  const institutions = new Map<string, { name: string; paragraphs: string[] }>();
  const note = <T extends { paragraphs: string[] }>(
    map: Map<string, T>,
    key: string,
    make: () => T,
    id: string,
  ) => {
    const entry = map.get(key) ?? make();
    if (!entry.paragraphs.includes(id)) entry.paragraphs.push(id);
    map.set(key, entry);
  };

  for (const paragraph of paragraphs) {
    const covered = (start: number, end: number) =>
      // A likely alias ("Medinski") is matched, yet still for the editor to confirm in people.yaml.
      paragraph.mentions.some(
        (mention) => mention.likelyAliasOf === undefined && start < mention.end && end > mention.start,
      );
    for (const run of paragraph.text.matchAll(CAPITALISED_RUN)) {
      const words = [...run[0].matchAll(/\S+/gu)]
        .map((word) => ({
          word: word[0].replace(/[’']s$/u, ''),
          start: run.index + word.index,
          end: run.index + word.index + word[0].length,
        }))
        .filter((word) => !covered(word.start, word.end));
      while (words.length > 0 && NOT_NAME_WORDS.has(words[0]?.word ?? '')) words.shift();
      // An acronym ("NATO", "US") is no part of a person's name.
      const parts = words.map(({ word }) => word).filter((word) => /\p{Ll}/u.test(word));
      if (parts.length === 0) continue;
      if (parts.some((word) => INSTITUTION_WORDS.has(word))) {
        const name = parts.join(' ');
        note(institutions, name, () => ({ name, paragraphs: [] }), paragraph.id);
        continue;
      }
      const titleLength = parts.findIndex(
        (word) => !TITLE_WORDS.has(word) && !isNationalWord(word, knownWords),
      );
      if (titleLength === -1) continue;
      const name = parts.slice(titleLength).join(' ');
      const title = parts.slice(0, titleLength).join(' ');
      const likelyAliasOf = likelyAliases(name, knowledge);
      // One capitalised word is a name only when it is close to a known person's ("Medinski").
      if (parts.length - titleLength < 2 && likelyAliasOf.length === 0) continue;
      note(
        people,
        name,
        () => ({ name, ...(title === '' ? {} : { title }), paragraphs: [], likelyAliasOf }),
        paragraph.id,
      );
    }
  }
  return { people: [...people.values()], institutions: [...institutions.values()] };
}

/** Known people whose name, an alias or a surname is one or two edits from the name or its last word. */
export function likelyAliases(name: string, knowledge: Knowledge): UnknownName['likelyAliasOf'] {
  const wanted = [name, name.split(/\s+/u).at(-1) ?? name].map(foldForComparison);
  const found: UnknownName['likelyAliasOf'] = [];
  for (const person of knowledge.people) {
    const written = [person.name, ...person.aliases, person.name.split(/\s+/u).at(-1) ?? person.name];
    let best: { written: string; distance: number } | undefined;
    for (const candidate of written) {
      const folded = foldForComparison(candidate);
      for (const word of wanted) {
        // Short words are too near too many others: "Kim" is two edits from "Kiev".
        if (word.length < 5 || word === folded) continue;
        const distance = editDistance(word, folded, 2);
        if (distance <= 2 && (best === undefined || distance < best.distance))
          best = { written: candidate, distance };
      }
    }
    if (best !== undefined) found.push({ id: person.id, name: person.name, ...best });
  }
  // "Mikhail Podolyakkata": too far for a misspelling, yet the person's own first name and a surname theirs opens,
  // which the compiler names no one for; the editor is told whom it likely is.
  if (found.length === 0) {
    const near = matcherOf(knowledge).nearKnownPerson(name);
    const person = knowledge.people.find((candidate) => candidate.id === near);
    if (person !== undefined)
      found.push({
        id: person.id,
        name: person.name,
        written: person.name,
        distance: editDistance(foldForComparison(name), foldForComparison(person.name)),
      });
  }
  return found.sort((a, b) => a.distance - b.distance);
}

const matchers = new WeakMap<Knowledge, EntityMatcher>();

/** The knowledge's matcher, made once per knowledge: a review asks it of every name. */
function matcherOf(knowledge: Knowledge): EntityMatcher {
  let matcher = matchers.get(knowledge);
  if (matcher === undefined) {
    matcher = new EntityMatcher(knowledge.people, knowledge.parties, knowledge.places);
    matchers.set(knowledge, matcher);
  }
  return matcher;
}
