/** The fields by which staff events name what they act on, most specific first. */
const TARGET_FIELDS = ['requestId', 'feedbackId', 'jobId', 'grantId', 'reportId', 'clientId', 'id'] as const;
/** Ids are short; anything longer is not an id, and the event is untrusted: it is not copied into the chain. */
const MAX_ID = 64;

const idIn = (record: Record<string, unknown>, field: string): string | undefined => {
  const value = record[field];
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID ? value : undefined;
};

/** What a staff event names: the record acted on and, when it names one, the person (an account id). */
export function auditSubjectOf(input: unknown): { target?: string; subject?: string } {
  if (typeof input !== 'object' || input === null) return {};
  const record = input as Record<string, unknown>;
  const subject = idIn(record, 'accountId');
  const target = TARGET_FIELDS.map((field) => idIn(record, field)).find((id) => id !== undefined) ?? subject;
  return { target, subject };
}
