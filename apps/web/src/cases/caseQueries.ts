// Reading and posting cases through React Query: the feed, one case, the member's own cases, a
// patient case's draft from its first save to its publication, clinical cases, and an owner's
// edits and status changes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type {
  CaseDetail,
  CaseFeedName,
  CaseFeedQuery,
  CaseStatusChangeBody,
  CreateCaseBody,
  CreateClinicalCaseBody,
  EditCaseBody,
  PatientQuestionnaireDraft,
  PublishBody,
} from '@consilium/api';
import { callApi } from '../api/client';
import type { FilterValues } from './caseFilters';

export const FEED_PAGE_SIZE = 20;

export const caseKeys = {
  all: ['cases'] as const,
  feed: ['cases', 'feed'] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
  revisions: (caseId: string) => ['cases', 'revisions', caseId] as const,
  mine: ['cases', 'mine'] as const,
};

/**
 * One feed with its filters, a page at a time. The filters go as the address holds them (the
 * server says in words what is wrong with one); `enabled` is false while the feed cannot apply
 * (a visitor on a members' feed).
 */
export function useCaseFeed(feed: CaseFeedName, filters: FilterValues, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...caseKeys.feed, feed, filters],
    queryFn: ({ pageParam, signal }) => {
      const query = {
        feed,
        ...filters,
        limit: FEED_PAGE_SIZE,
        ...(pageParam ? { cursor: pageParam } : {}),
      } as CaseFeedQuery;
      return callApi(routes.cases.feed, { query }, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled,
  });
}

export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => callApi(routes.cases.get, { params: { caseId } }, { signal }),
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaseBody) => callApi(routes.cases.create, { body }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
    },
  });
}

export function useMyCases() {
  return useQuery({
    queryKey: caseKeys.mine,
    queryFn: ({ signal }) => callApi(routes.cases.mine, {}, { signal }),
  });
}

/** Keeps a changed case in the cache and has the lists that show it read again. */
function useRememberCase() {
  const queryClient = useQueryClient();
  return (changed: CaseDetail, options: { feed: boolean }) => {
    queryClient.setQueryData(caseKeys.detail(changed.id), changed);
    void queryClient.invalidateQueries({ queryKey: caseKeys.mine });
    if (options.feed) void queryClient.invalidateQueries({ queryKey: caseKeys.feed });
  };
}

export interface DraftSave {
  /** Null for a case not saved yet: the first save creates its draft. */
  caseId: string | null;
  questionnaire: PatientQuestionnaireDraft;
}

/** Saves a patient case's questionnaire as it stands, creating the draft on the first save. */
export function useSaveDraft() {
  const remember = useRememberCase();
  return useMutation({
    mutationFn: ({ caseId, questionnaire }: DraftSave) =>
      caseId === null
        ? callApi(routes.cases.createDraft, { body: { kind: 'patient', questionnaire } })
        : callApi(routes.cases.saveDraft, { params: { caseId }, body: { questionnaire } }),
    onSuccess: (saved) => {
      remember(saved, { feed: false });
    },
  });
}

export function usePublishCase(caseId: string) {
  const remember = useRememberCase();
  return useMutation({
    mutationFn: (body: PublishBody) => callApi(routes.cases.publish, { params: { caseId }, body }),
    onSuccess: (published) => {
      remember(published, { feed: true });
    },
  });
}

export function useDiscardDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (caseId: string) => callApi(routes.cases.deleteDraft, { params: { caseId } }),
    onSuccess: (_nothing, caseId) => {
      queryClient.removeQueries({ queryKey: caseKeys.detail(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.mine });
    },
  });
}

export function useCreateClinicalCase() {
  const remember = useRememberCase();
  return useMutation({
    mutationFn: (body: CreateClinicalCaseBody) => callApi(routes.cases.createClinical, { body }),
    onSuccess: (created) => {
      remember(created, { feed: true });
    },
  });
}

/** A case's published versions, newest first. */
export function useCaseRevisions(caseId: string) {
  return useQuery({
    queryKey: caseKeys.revisions(caseId),
    queryFn: ({ signal }) => callApi(routes.cases.revisions, { params: { caseId } }, { signal }),
  });
}

/** The owner closes, finishes, withdraws, reopens or extends their case. */
export function useChangeCaseStatus(caseId: string) {
  const remember = useRememberCase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseStatusChangeBody) =>
      callApi(routes.cases.changeStatus, { params: { caseId }, body }),
    onSuccess: (changed) => {
      remember(changed, { feed: true });
      // What each reader may do with the suggestions (vote, rate) changes with the status.
      void queryClient.invalidateQueries({ queryKey: ['suggestions', caseId] });
      void queryClient.invalidateQueries({ queryKey: ['report', caseId] });
    },
  });
}

/** The owner edits an open case; the version before stays in its history. */
export function useEditCase(caseId: string) {
  const remember = useRememberCase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditCaseBody) => callApi(routes.cases.edit, { params: { caseId }, body }),
    onSuccess: (edited) => {
      remember(edited, { feed: true });
      void queryClient.invalidateQueries({ queryKey: caseKeys.revisions(caseId) });
    },
  });
}
