/**
 * Input or options the ingest cannot turn into an article: an empty or
 * binary file, a missing fact, a slug that is taken. The message is one line
 * that names the file or the flag, for the command to print before it exits.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}
