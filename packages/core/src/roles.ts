// The roles a member can hold; a member may hold several (patient and detective, say).
export const ROLES = [
  'patient',
  'detective',
  'student',
  'professional',
  'moderator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
