import type { SourceBlock } from './source-block';

/**
 * Splits a plain-text copy into blocks: a browser copies each paragraph,
 * heading and bit of chrome as one line, so every non-empty line is a block,
 * trimmed at both ends (pasted copies carry stray indents and no-break spaces).
 */
export function plainTextBlocks(text: string): SourceBlock[] {
  return text.split('\n').flatMap((line, index) => {
    const trimmed = line.trim();
    return trimmed === '' ? [] : [{ text: trimmed, line: index + 1, kind: 'line' as const }];
  });
}
