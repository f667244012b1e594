import { ContentError } from '../../src/lib/compile/knowledge';

/** The problems a ContentError lists (none when `run` succeeds); any other error is thrown on. */
export function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}
