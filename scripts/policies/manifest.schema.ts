import * as v from 'valibot';

export const POLICY_IDS = ['user-agreement', 'privacy-policy', 'sdk-list'] as const;

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  v.check(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'must be a real calendar date',
  ),
);

export const ManifestEntrySchema = v.strictObject({
  id: v.picklist(POLICY_IDS, 'id must be one of user-agreement, privacy-policy, sdk-list'),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'title must not be empty')),
  version: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/, 'version must be YYYY-MM-DD or YYYY-MM-DD.N')),
  effectiveDate: isoDate,
  file: v.pipe(v.string(), v.regex(/^[a-z-]+\/[\w.-]+\.md$/, 'file must be <id>/<name>.md inside policies/')),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex characters')),
  changeSummary: v.pipe(v.string(), v.minLength(1, 'changeSummary must say what changed')),
  reconsentRequired: v.boolean('reconsentRequired must be true or false'),
  source: v.pipe(v.string(), v.minLength(1, 'source must say where the text comes from')),
});

export const ManifestSchema = v.pipe(v.array(ManifestEntrySchema), v.minLength(1, 'the manifest lists no document'));

export type ManifestEntry = v.InferOutput<typeof ManifestEntrySchema>;
