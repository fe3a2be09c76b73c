// React Query defaults: retry only what might succeed on a second try (never a 4xx answer).
import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './client';

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return false;
  return error.isNetworkFailure || error.status >= 500;
}

export function createQueryClient(options: { retries?: number } = {}): QueryClient {
  const retries = options.retries ?? 2;
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < retries && isRetryable(error),
        staleTime: 15_000,
      },
      mutations: { retry: false },
    },
  });
}
