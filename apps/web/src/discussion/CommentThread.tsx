// The discussion drawn as a thread: each comment with its replies listed beneath it.
import type { CommentView } from '@consilium/api';
import { CommentItem } from './CommentItem';

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

export interface CommentThreadProps {
  caseId: string;
  nodes: readonly ThreadNode[];
  depth: number;
  label?: string;
}

export function CommentThread({ caseId, nodes, depth, label }: CommentThreadProps) {
  return (
    <ol
      className={depth === 0 ? 'comment-thread' : 'comment-thread comment-thread--replies'}
      aria-label={label}
    >
      {nodes.map((node) => (
        <CommentItem key={node.comment.id} caseId={caseId} node={node} depth={depth} />
      ))}
    </ol>
  );
}
