import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import { formatIngestReport } from '../../../src/lib/ingest/report';
import { realContent } from './helpers';

/** C0 and C1 control characters but tab and line feed. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const REASON = 'terminal escape sequence or other control character, not text a reader sees';
const FLAGS = { fileName: 'copy.txt', outlet: 'CNN', published: '2022-03-29' };

function ingest(copy: string, fileName = 'copy.txt') {
  return ingestArticle(
    Buffer.from(copy),
    { ...FLAGS, fileName },
    { articles: [], knowledge: realContent().knowledge },
  );
}

describe('control characters in a copy', () => {
  const copy = [
    '\u001b]0;pwned\u0007Talks resume in Istanbul\u001b[0m',
    'By Jane Doe\u001b[31m',
    '\u001b[2JNegotiators met again on Tuesday\u0008 in Istanbul.\u009b31m The talks\u0085 went on.',
    '“We are close,\u001b[0m” said Mykhailo\tPodolyak.',
  ].join('\n\n');
  const result = ingest(copy);

  it('never reach the written article: title, byline and body keep their words only', () => {
    expect(result.markdown).not.toMatch(CONTROL);
    expect(result.frontmatter.title).toBe('Talks resume in Istanbul');
    expect(result.frontmatter.authors).toEqual(['Jane Doe']);
    expect(extractParagraphs(parseFrontmatter(result.markdown).content).map((p) => p.text)).toEqual([
      'Negotiators met again on Tuesday in Istanbul. The talks went on.',
      '“We are close,” said Mykhailo\tPodolyak.',
    ]);
  });

  it('are listed as removed, with their line', () => {
    expect(result.removed).toEqual(
      expect.arrayContaining([
        { text: '3 control characters', reason: REASON, line: 1 },
        { text: '4 control characters', reason: REASON, line: 5 },
      ]),
    );
  });

  it('reach the terminal only as escapes', () => {
    const page = ingest(
      '<body><nav>Home&#27;[2J</nav><article><h1>Talks resume</h1><p>Negotiators met on Tuesday.</p></article></body>',
      'page.html',
    );
    const report = formatIngestReport(page, 'content/articles/x.md');
    expect(report).not.toMatch(CONTROL);
    expect(report).toContain('Home\\x1b[2J  [navigation (<nav>)]');
  });

  it('a tab in a one-line field is a space, as a reader sees it', () => {
    const tabbed = ingest('Talks\tresume in Istanbul\n\nNegotiators met again on Tuesday in Istanbul.\n');
    expect(tabbed.frontmatter.title).toBe('Talks resume in Istanbul');
  });
});
