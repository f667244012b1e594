/** A node of a syntax tree (mdast or hast), as far as its depth goes. */
interface TreeNode {
  type: string;
  position?: { start: { line: number } } | undefined;
  children?: readonly TreeNode[];
}

/**
 * How many of the nodes `counts` picks a tree nests inside each other, and
 * the line where it nests deepest, found without recursion: the libraries
 * that turn one tree into another (mdast to hast, hast to text) recurse once
 * per level, and a few thousand levels overflow the stack ("Maximum call
 * stack size exceeded", naming no file).
 */
export function deepestNesting(
  tree: TreeNode,
  counts: (node: TreeNode) => boolean,
): { depth: number; line: number | undefined } {
  let deepest = { depth: 0, line: tree.position?.start.line };
  const stack: { node: TreeNode; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const depth = next.depth + (counts(next.node) ? 1 : 0);
    if (depth > deepest.depth) deepest = { depth, line: next.node.position?.start.line ?? deepest.line };
    for (const child of next.node.children ?? []) stack.push({ node: child, depth });
  }
  return deepest;
}

/** Whether an error is the JavaScript engine's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/u.test(error.message);
}
