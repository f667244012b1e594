import type { ContactKind } from '../compile/contacts';
import type { DemandStatus } from '../../schemas/demand';
import type { Party } from '../../schemas/party';
import type { Round } from '../../schemas/round';
import type { ArticleRecord, ResolvedCitation } from '../compile/model';
import { paragraphNumber } from '../urls';
import { formatDay } from './dates';

/** Words readers see for the codes in the data: one place, so every page says the same. */
export const FORMAT_LABELS: Record<Round['format'], string> = {
  'in-person': 'In person',
  'video-link': 'By video link',
  'foreign-ministers': 'Foreign ministers',
  'phone-call': 'Phone call',
};

export const CONTACT_LABELS: Record<ContactKind, string> = {
  call: 'Call',
  visit: 'Visit',
  meeting: 'Meeting',
  statement: 'Statement',
};

/** A kind of contact as the name of a lane or a count: "Calls", "Statements". */
export const CONTACT_PLURAL_LABELS: Record<ContactKind, string> = {
  call: 'Calls',
  visit: 'Visits',
  meeting: 'Meetings',
  statement: 'Statements',
};

export const STATUS_LABELS: Record<DemandStatus, string> = {
  raised: 'Raised',
  reiterated: 'Reiterated',
  eased: 'Eased',
  dropped: 'Dropped',
  rejected: 'Rejected',
  'close-to-agreement': 'Close to agreement',
};

export const PARTY_KIND_LABELS: Record<Party['kind'], string> = {
  'negotiating-party': 'Negotiating party',
  mediator: 'Mediator',
  ally: 'Ally',
  organisation: 'Organisation',
  other: 'Other state',
};

/** How a citation names its source: "CNN, 16 March 2022, paragraph 5", or its address when the article is unknown. */
export function citationLabel(citation: ResolvedCitation, article: ArticleRecord | undefined): string {
  return article
    ? `${article.data.outlet}, ${formatDay(article.publishedDay)}, paragraph ${paragraphNumber(citation.paragraphId)}`
    : citation.url;
}
