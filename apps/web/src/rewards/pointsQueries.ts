// The signed-in member's points: balance and statement.
import { useQuery } from '@tanstack/react-query';
import { routes } from '@consilium/api';
import { callApi } from '../api/client';

export const pointsKeys = { mine: ['points', 'mine'] as const };

export function useMyPoints(enabled = true) {
  return useQuery({
    queryKey: pointsKeys.mine,
    queryFn: ({ signal }) => callApi(routes.rewards.points, { query: { limit: 10 } }, { signal }),
    enabled,
  });
}
