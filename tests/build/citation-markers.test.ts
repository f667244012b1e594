import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../helpers/built-site';
import { builtPages } from '../helpers/site-links';
import { distDir } from '../helpers/paths';

const HILL_ISTANBUL = '/articles/2022-03-29-the-hill-peace-talks-fraught-with-uncertainty/';

/** The paragraph each marker of a claim's citations points at, a group of markers a claim. */
function markerGroups(root: Element | Root): string[][] {
  return selectAll('.citations', root).map((group) =>
    selectAll('a.citation-marker', group).map((marker) => String(marker.properties['dataParagraphUrl'])),
  );
}

function duplicates(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((paragraph, index) => paragraphs.indexOf(paragraph) !== index);
}

describe('citation markers', () => {
  it('shows the Istanbul round on the timeline with one marker for The Hill’s paragraph 11, which three facts cite', () => {
    const entry = selectAll('[id="2022-03-29-istanbul"]', readBuiltPage('/'))[0];
    if (entry === undefined) throw new Error('no Istanbul entry on the timeline');
    const [sources = []] = markerGroups(entry);
    expect(sources.filter((url) => url === `${HILL_ISTANBUL}#p-11`)).toHaveLength(1);
    expect(duplicates(sources)).toEqual([]);
  });

  it('shows the Istanbul round page’s delegation heads with one marker a paragraph', () => {
    const page = readBuiltPage('/rounds/2022-03-29-istanbul/');
    const heads = selectAll('header .facts-list dd', page).at(-1);
    if (heads === undefined) throw new Error('no delegation heads on the Istanbul round page');
    expect(markerGroups(heads)).toEqual([[`${HILL_ISTANBUL}#p-11`, `${HILL_ISTANBUL}#p-14`]]);
  });

  it('never shows two markers for one paragraph in one claim, on any page', () => {
    const repeated = builtPages(distDir).flatMap((file) => {
      const path = `/${file.replace(/index\.html$/u, '')}`;
      return markerGroups(readBuiltPage(path)).flatMap((group) =>
        duplicates(group).map((paragraph) => `${path}: ${paragraph}`),
      );
    });
    expect(repeated).toEqual([]);
  });

  it('labels a marker with its outlet and paragraph, and names the date and the highlighting after them', () => {
    const marker = selectAll('[id="2022-03-29-istanbul"] a.citation-marker', readBuiltPage('/'))[0];
    if (marker === undefined) throw new Error('no citation marker on the Istanbul entry');
    const [visible, hidden] = marker.children.map((child) => toString(child));
    expect(visible).toBe('The Hill ¶1');
    expect(hidden).toBe(', 29 March 2022, paragraph 1, quote highlighted');
    expect(String(marker.properties['href'])).toMatch(/^[^#]+#p-1:~:text=/u);
  });
});
