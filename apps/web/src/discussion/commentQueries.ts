// A case's discussion: the thread, commenting and replying, editing, deleting, and a comment's
// earlier texts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { CreateCommentBody, EditCommentBody } from '@consilium/api';
import { callApi } from '../api/client';

export const commentKeys = {
  list: (caseId: string) => ['comments', caseId] as const,
  revisions: (commentId: string) => ['comment-revisions', commentId] as const,
};

export function useComments(caseId: string) {
  return useQuery({
    queryKey: commentKeys.list(caseId),
    queryFn: ({ signal }) => callApi(routes.comments.list, { params: { caseId } }, { signal }),
  });
}

/** Any change can touch other comments (a question becomes answered): fetch the thread again. */
function useRefreshThread(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: commentKeys.list(caseId) });
}

export function useCreateComment(caseId: string) {
  const refresh = useRefreshThread(caseId);
  return useMutation({
    mutationFn: (body: CreateCommentBody) =>
      callApi(routes.comments.create, { params: { caseId }, body }),
    onSuccess: refresh,
  });
}

export function useEditComment(caseId: string, commentId: string) {
  const refresh = useRefreshThread(caseId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditCommentBody) =>
      callApi(routes.comments.edit, { params: { commentId }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: commentKeys.revisions(commentId) });
      await refresh();
    },
  });
}

export function useDeleteComment(caseId: string, commentId: string) {
  const refresh = useRefreshThread(caseId);
  return useMutation({
    mutationFn: () => callApi(routes.comments.delete, { params: { commentId } }),
    onSuccess: refresh,
  });
}

export function useCommentRevisions(commentId: string) {
  return useQuery({
    queryKey: commentKeys.revisions(commentId),
    queryFn: ({ signal }) =>
      callApi(routes.comments.revisions, { params: { commentId } }, { signal }),
  });
}
