import { POLICY_DOCUMENTS } from '../../../policies/generated';

/**
 * The documents' own titles, the headings of the text that binds: shown in Simplified Chinese in
 * every language on purpose, and also the Simplified catalog's names for these documents, so the
 * Portuguese scan (left-in-simplified.ts) would read them as catalog text left behind.
 * saveScreenVariants takes them as text that is not the app's own (its `personData`).
 */
export const BINDING_TITLES: readonly string[] = POLICY_DOCUMENTS.map((document) => document.title);
