import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths';
import { builtPages } from '../helpers/site-links';

describe('HTML of the built site', () => {
  it('passes html-validate on every page (rules in .htmlvalidate.mjs)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages(distDir);
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(distDir, page));
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
