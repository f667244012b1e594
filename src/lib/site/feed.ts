import { UTCDate } from '@date-fns/utc';
import type { TalksModel } from '../compile/model';
import { parsePublished } from '../published-date';
import { articleUrl } from '../urls';

/**
 * Characters XML 1.0 cannot carry at all, not even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. One of them in a title makes the whole feed
 * unreadable to a feed reader, so they are removed from the feed's text (the schemas already
 * refuse them in titles; this holds for any text that reaches the feed).
 */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The text with the characters XML cannot carry removed. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '');
}

/** Feed items for the articles and the rounds, newest first; dates in UTC so the feed is the same on any machine. */
export function feedItems(model: TalksModel) {
  const articles = model.articles.map((article) => ({
    title: xmlText(article.data.title),
    link: articleUrl(article.slug),
    pubDate: parsePublished(article.data.published.date),
    description: xmlText(
      `${article.data.outlet}${article.data.subtitle ? `: ${article.data.subtitle}` : ''}`,
    ),
  }));
  const rounds = model.rounds.map((round) => ({
    title: xmlText(`Round: ${round.title}`),
    link: `/rounds/${round.id}/`,
    pubDate: new UTCDate(`${round.start}T00:00:00Z`),
    description: xmlText(round.summary),
  }));
  return [...articles, ...rounds].sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link),
  );
}
