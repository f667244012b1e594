import { withoutDiacritics } from '../fold';

/** An entity's names as texts write them. */
export interface NamedEntity {
  name: string;
  aliases: readonly string[];
}

/**
 * Every name a search should find an entity by: its name, its aliases, and
 * each of those without diacritics. Pagefind has no synonyms, so pages carry
 * this text for the index (hidden from readers, who see the names once).
 */
export function searchNames(entity: NamedEntity): readonly string[] {
  let names = namesOf.get(entity);
  if (names === undefined) {
    names = spellings(entity);
    namesOf.set(entity, names);
  }
  return names;
}

/**
 * Each entity's search names, worked out once per build: every article page
 * asks for those of the people, parties and places it mentions, each many times.
 */
const namesOf = new WeakMap<NamedEntity, readonly string[]>();

function spellings(entity: NamedEntity): readonly string[] {
  const names = [entity.name, ...entity.aliases];
  const all = [...names, ...names.map(withoutDiacritics)];
  const seen = new Set<string>();
  return all.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The index text for several entities: their search names, once each. */
export function aliasText(entities: readonly NamedEntity[]): string {
  const seen = new Set<string>();
  // An entity mentioned again adds no name: each is read once.
  return [...new Set(entities)]
    .flatMap(searchNames)
    .filter((name) => {
      // Case aside, every spelling stays: "Erdogan" must be written out for the index to match it.
      const key = name.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' · ');
}
