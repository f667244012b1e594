import { UTCDate } from '@date-fns/utc';
import type { TalksModel } from '../compile/model';
import { parsePublished } from '../published-date';
import { articleUrl } from '../urls';

/** Feed items for the articles and the rounds, newest first; dates in UTC so the feed is the same on any machine. */
export function feedItems(model: TalksModel) {
  const articles = model.articles.map((article) => ({
    title: article.data.title,
    link: articleUrl(article.slug),
    pubDate: parsePublished(article.data.published.date),
    description: `${article.data.outlet}${article.data.subtitle ? `: ${article.data.subtitle}` : ''}`,
  }));
  const rounds = model.rounds.map((round) => ({
    title: `Round: ${round.title}`,
    link: `/rounds/${round.id}/`,
    pubDate: new UTCDate(`${round.start}T00:00:00Z`),
    description: round.summary,
  }));
  return [...articles, ...rounds].sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link),
  );
}
