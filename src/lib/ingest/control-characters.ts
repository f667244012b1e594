import { stripVTControlCharacters } from 'node:util';
import type { RemovedText, SourceBlock } from './source-block';

/** C0 and C1 control characters, DEL among them, but tab and line feed. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/**
 * Text without terminal escape sequences (colours, window titles, links:
 * the whole sequence, so no "[31m" is left behind) or other control
 * characters; tab and line feed stay. Control characters are never words of
 * an article, and the schema refuses them in one-line fields.
 */
export function withoutControlCharacters(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL_CHARACTER, '');
}

/**
 * Text to print in a terminal: every control character but tab and line
 * feed written as its escape (`\x1b`), so text from a copy or a flag can
 * neither move the cursor, clear the screen nor retitle the window, and the
 * editor still sees that it was there.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    CONTROL_CHARACTER,
    (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** The blocks of a copy without control characters, and one removed entry for each block that had some. */
export function blocksWithoutControlCharacters(blocks: readonly SourceBlock[]): {
  blocks: SourceBlock[];
  removed: RemovedText[];
} {
  const removed: RemovedText[] = [];
  const kept = blocks.flatMap((block) => {
    const count = block.text.match(CONTROL_CHARACTER)?.length ?? 0;
    if (count === 0) return [block];
    removed.push({
      text: `${count} control character${count === 1 ? '' : 's'}`,
      reason: 'terminal escape sequence or other control character, not text a reader sees',
      line: block.line,
    });
    const text = withoutControlCharacters(block.text).trim();
    return text === '' ? [] : [{ ...block, text }];
  });
  return { blocks: kept, removed };
}

/**
 * Text of the copy for a one-line field of the frontmatter (title, outlet,
 * a name): a tab or line break in it is a space, as a reader sees it, and
 * the schema refuses both there.
 */
export function asOneLine(text: string): string {
  return withoutControlCharacters(text)
    .replace(/[ \t\n]*[\t\n][ \t\n]*/gu, ' ')
    .trim();
}
