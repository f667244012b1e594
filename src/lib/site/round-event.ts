import type { RoundRecord, TalksModel } from '../compile/model';

/**
 * A round as a schema.org Event, for the JSON-LD of its page: search engines
 * and link previews read the name, dates and place from it.
 */
export function roundEvent(round: RoundRecord, model: TalksModel, url: string): Record<string, unknown> {
  const place = model.places.find((candidate) => candidate.id === round.place);
  const country = (() => {
    let current = place;
    while (current?.within !== undefined)
      current = model.places.find((candidate) => candidate.id === current?.within);
    return current?.kind === 'country' ? current.name : undefined;
  })();
  const online = round.format === 'video-link' || round.format === 'phone-call';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: round.title,
    description: round.summary,
    startDate: round.start,
    endDate: round.lastDay,
    url,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location:
      place === undefined || online
        ? { '@type': 'VirtualLocation', url }
        : {
            '@type': 'Place',
            name: place.name,
            address: {
              '@type': 'PostalAddress',
              ...(country ? { addressCountry: country } : {}),
              addressLocality: place.name,
            },
          },
    performer: round.delegationHeads.map((head) => ({
      '@type': 'Person',
      name: model.people.find((person) => person.id === head.person)?.name ?? head.person,
    })),
  };
}
