/**
 * Folder that holds the content collections. `TALKS_CONTENT_DIR` points a
 * build at another folder, so tests can build fixtures and the benchmark can
 * build a generated corpus without touching `content/`.
 */
export const contentRoot: string = process.env['TALKS_CONTENT_DIR'] ?? './content';
