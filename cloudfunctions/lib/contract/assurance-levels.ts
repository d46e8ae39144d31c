import type { VerificationLevel } from './account';

/**
 * Assurance levels (issue 15): L1 — registered, the identity document checked; L2 — real name
 * verified, by WeChat face verification (mainland resident ID cards) or by a staff member from a
 * document photo (residence permits, travel permits, passports). Matters, agents and enterprise
 * registrants name the level they need; below it the cloud answers IDENTITY.LEVEL_REQUIRED.
 */
export const ASSURANCE_LEVELS = ['L1', 'L2'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

const RANK: Record<AssuranceLevel, number> = { L1: 1, L2: 2 };
const LEVEL_OF: Record<VerificationLevel, number> = {
  unverified: 0,
  'document-checked': 1,
  'face-verified': 2,
  'staff-verified': 2,
};

/** True when an account verified as `level` meets `needed`. */
export function meetsLevel(level: VerificationLevel, needed: AssuranceLevel): boolean {
  return LEVEL_OF[level] >= RANK[needed];
}
