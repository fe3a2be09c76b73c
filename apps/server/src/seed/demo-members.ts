// The demo members: one per role, with passwords published in the README (demo use only).
import type { Role } from '@consilium/core';
import type { DemoMemberKey } from './demo-content.js';

export type DemoCredential =
  | {
      kind: 'professional';
      profession: string;
      specialties: string[];
      licenceNumber: string;
      issuingAuthority: string;
      country: string;
    }
  | {
      kind: 'student';
      program: string;
      school: string;
      studentId: string;
      specialties: string[];
      country: string;
    };

export interface DemoMember {
  key: DemoMemberKey;
  email: string;
  password: string;
  displayName: string;
  handle: string;
  /** Stored roles; the verified tiers come from `credential`. */
  roles: Role[];
  /** A verified credential a demo moderator approved. */
  credential?: DemoCredential;
  country: string;
  language: 'en' | 'es';
}

export const demoMembers: readonly DemoMember[] = [
  {
    key: 'patient',
    email: 'patient@consilium.example',
    password: 'demo-patient-pass',
    displayName: 'Maya R.',
    handle: 'maya_r',
    roles: ['patient', 'detective'],
    country: 'GB',
    language: 'en',
  },
  {
    key: 'detective',
    email: 'detective@consilium.example',
    password: 'demo-detective-pass',
    displayName: 'Tomás Q.',
    handle: 'tomas_q',
    roles: ['detective'],
    country: 'MX',
    language: 'en',
  },
  {
    key: 'student',
    email: 'student@consilium.example',
    password: 'demo-student-pass',
    displayName: 'Aisha K. (medical student)',
    handle: 'aisha_k',
    roles: ['detective'],
    credential: {
      kind: 'student',
      program: 'medicine',
      school: 'Universidad de Salamanca (demo)',
      studentId: 'DEMO-S-2041',
      specialties: ['neurology'],
      country: 'ES',
    },
    country: 'ES',
    language: 'es',
  },
  {
    key: 'professional',
    email: 'professional@consilium.example',
    password: 'demo-professional-pass',
    displayName: 'Dr. Elena V. (internal medicine)',
    handle: 'dr_elena_v',
    roles: ['detective'],
    credential: {
      kind: 'professional',
      profession: 'physician',
      specialties: ['internal-medicine', 'rheumatology'],
      licenceNumber: 'DEMO-28-123456',
      issuingAuthority: 'Colegio Oficial de Médicos de Madrid (demo)',
      country: 'ES',
    },
    country: 'ES',
    language: 'en',
  },
  {
    key: 'moderator',
    email: 'moderator@consilium.example',
    password: 'demo-moderator-pass',
    displayName: 'Sam O. (moderator)',
    handle: 'sam_o',
    roles: ['moderator', 'detective'],
    country: 'IE',
    language: 'en',
  },
  {
    key: 'admin',
    email: 'admin@consilium.example',
    password: 'demo-admin-pass-2026',
    displayName: 'Instance admin',
    handle: 'admin',
    roles: ['admin'],
    country: 'US',
    language: 'en',
  },
];
