// Paging a specialty about one's own case: an urgent consult sent to its verified members.
import { useMutation } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import type { PageBody } from '@consilium/api';
import { callApi } from '../api/client';

export function usePageSpecialty(caseId: string) {
  return useMutation({
    mutationFn: (body: PageBody) =>
      callApi(routes.notifications.page, { params: { caseId }, body }),
  });
}
