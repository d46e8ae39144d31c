import * as v from 'valibot';
import {
  REPORT_CONTACT_MAX,
  REPORT_KINDS,
  REPORT_NOTE_MAX,
  REPORT_OUTCOMES,
  REPORT_REASONS,
  REPORT_TARGET_MAX,
  REPORT_TEXT_MAX,
  type DecideReportInput,
  type FileReportInput,
} from './reports';

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const FileReportInputSchema = v.strictObject({
  kind: v.picklist(REPORT_KINDS),
  target: Text(REPORT_TARGET_MAX),
  reason: v.picklist(REPORT_REASONS),
  text: v.optional(Text(REPORT_TEXT_MAX)),
  contact: v.optional(Text(REPORT_CONTACT_MAX)),
});

export const DecideReportInputSchema = v.strictObject({
  id: Id,
  outcome: v.picklist(REPORT_OUTCOMES),
  note: Text(REPORT_NOTE_MAX),
});

type Assert<T extends true> = T;
export type FileReportSchemaAgrees = Assert<
  v.InferInput<typeof FileReportInputSchema> extends FileReportInput ? true : false
>;
export type DecideReportSchemaAgrees = Assert<
  v.InferInput<typeof DecideReportInputSchema> extends DecideReportInput ? true : false
>;
