// Comments nested under their parents, the shape the discussion is drawn in.
import type { CommentView } from '@consilium/api';

export interface ThreadNode {
  comment: CommentView;
  replies: ThreadNode[];
}

/** Nests comments under their parents, keeping the server's order (oldest first). */
export function buildThread(comments: readonly CommentView[]): ThreadNode[] {
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) nodes.set(comment.id, { comment, replies: [] });
  const roots: ThreadNode[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id);
    if (node === undefined) continue;
    const parent = comment.parentId === null ? undefined : nodes.get(comment.parentId);
    // A reply whose parent is missing from the list still appears, at the top level.
    if (parent === undefined || parent === node) roots.push(node);
    else parent.replies.push(node);
  }
  return roots;
}
