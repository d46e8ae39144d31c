import type { LaunchPolicyId } from '../../../policies/generated/launch';

/**
 * The documents a person agrees to at first launch, read together as one decision, in the order the
 * agreement screen shows them. A module of its own, with nothing else: the build reads it too
 * (first-screen-html.ts, run by tsx outside the app).
 */
export const LAUNCH_DOCUMENT_IDS = ['user-agreement', 'privacy-policy'] as const satisfies readonly LaunchPolicyId[];
