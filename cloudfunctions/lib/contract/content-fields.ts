/**
 * The free-text fields content safety checks, as the stable keys a CONTENT.RISKY refusal names in
 * its `field` (the client names the field in its own language). A request form's own field is
 * `form.<the field's key>` (lib/requests/form-free-text.ts).
 */
export const CONTENT_FIELDS = [
  'enterpriseName',
  'pushTitle',
  'pushBody',
  'feedbackText',
  'contact',
  'reportText',
  'reason',
  'deletionWhat',
  'question',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** The key a refusal names for a request form's field. */
export const formContentField = (key: string): string => `form.${key}`;
