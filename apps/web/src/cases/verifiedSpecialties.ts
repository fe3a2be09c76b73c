// The specialties on the signed-in member's approved professional credentials: what the "My
// specialties" feed is made of (a student's specialties of interest are not verified ones).
import type { MyCredentials } from '@consilium/api';
import { useMyCredentials } from '../credentials/credentialQueries';

export function verifiedSpecialtyNames(mine: MyCredentials): string[] {
  const names = mine.items
    .filter((credential) => credential.kind === 'professional' && credential.status === 'approved')
    .flatMap((credential) => credential.specialties.map((specialty) => specialty.name));
  return [...new Set(names)];
}

export function useVerifiedSpecialties() {
  const credentials = useMyCredentials();
  return {
    isPending: credentials.isPending,
    isError: credentials.isError,
    error: credentials.error,
    refetch: credentials.refetch,
    names: credentials.data ? verifiedSpecialtyNames(credentials.data) : [],
  };
}
