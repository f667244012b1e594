import { addDays, format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { Knowledge } from './knowledge';
import type { RoundWindow } from './round-links';

function dayBefore(day: string): string {
  return format(addDays(new UTCDate(`${day}T00:00:00Z`), -1), 'yyyy-MM-dd');
}

/**
 * Each round's days and where and with whom it happened, for linking
 * paragraphs to it. A round without an end lasts one day, or, when ongoing,
 * until the day before the next round; the last ongoing round ends on
 * `openEnd` (the newest article's day on the site).
 */
export function roundWindows(
  knowledge: Pick<Knowledge, 'places' | 'rounds'>,
  openEnd: string,
): Map<string, RoundWindow> {
  const within = new Map(knowledge.places.map((place) => [place.id, place.within]));
  const ancestors = (placeId: string | undefined): Set<string> => {
    const places = new Set<string>();
    let current = placeId;
    while (current !== undefined && !places.has(current)) {
      places.add(current);
      current = within.get(current);
    }
    return places;
  };
  const ordered = [...knowledge.rounds].sort((a, b) => a.start.localeCompare(b.start));
  return new Map(
    ordered.map((round, index) => {
      const next = ordered[index + 1];
      const lastDay = round.end ?? (round.ongoing ? (next ? dayBefore(next.start) : openEnd) : round.start);
      const people = new Set([...round.delegationHeads.map((head) => head.person), ...round.participants]);
      return [
        round.id,
        {
          id: round.id,
          start: round.start,
          end: lastDay,
          format: round.format,
          places: ancestors(round.place),
          people,
        },
      ];
    }),
  );
}
