import * as v from 'valibot';

/** What the `policy` function tells the client about the documents in force. */
export interface PolicySummary {
  id: string;
  title: string;
  version: string;
  effectiveDate: string;
  sha256: string;
  changeSummary: string;
  reconsentRequired: boolean;
}

export interface CurrentPoliciesOutput {
  policies: PolicySummary[];
}

/** A document version published in the cloud, as anyone may read it (no staff identity in it). */
export interface PublishedPolicy extends PolicySummary {
  /** The moment it takes (or took) effect, ISO 8601. `effectiveDate` is that day in Asia/Shanghai. */
  effectiveAt: string;
}

export interface UpcomingPoliciesOutput {
  /** Published versions not yet in effect, soonest first (agreement §10.2: told before it applies). */
  policies: PublishedPolicy[];
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Publishing a version that the functions were built with (policies/manifest.json). `effective` is
 * a day (`2026-12-01`, from 00:00 Asia/Shanghai; today means at once) or an ISO time with a zone.
 */
export const PublishInputSchema = v.strictObject({
  documentId: v.pipe(v.string(), v.maxLength(32)),
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z._-]{1,32}$/)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  effective: v.union([
    v.pipe(v.string(), v.regex(isoDay)),
    v.pipe(v.string(), v.isoTimestamp(), v.regex(/(Z|[+-]\d{2}:?\d{2})$/)),
  ]),
});
export type PublishInput = v.InferInput<typeof PublishInputSchema>;

export const PublicationRefSchema = v.strictObject({
  documentId: v.pipe(v.string(), v.maxLength(32)),
  version: v.pipe(v.string(), v.regex(/^[0-9A-Za-z._-]{1,32}$/)),
});

/** How far the inbox notices of one publication have got (they go out in batches). */
export interface NoticeProgress {
  sent: number;
  done: boolean;
}

/** A publication as staff see it. */
export interface PublicationView extends PublishedPolicy {
  publishedAt: string;
  publishedBy: string;
  notices: NoticeProgress;
}

export interface PublishOutput {
  publication: PublicationView;
  /** True when the version is current at once (effective today or now). */
  inEffect: boolean;
}

export interface PublicationsOutput {
  publications: PublicationView[];
}
