import type { ConsentDocumentId } from '../contract/consent';

/**
 * One publication in `policy_versions`: a version the functions were built with, put in force
 * from `effectiveAt`. The id is `<document>@<version>`, so a version is published at most once.
 * What the version says (title, hash, summary, re-consent) is copied from the build's manifest at
 * publication, so every function agrees on it even if one was built earlier.
 */
export interface PublicationRecord {
  _id: string;
  documentId: ConsentDocumentId;
  version: string;
  title: string;
  sha256: string;
  changeSummary: string;
  reconsentRequired: boolean;
  /** Epoch ms; `effectiveDate` is its day in Asia/Shanghai. */
  effectiveAt: number;
  effectiveDate: string;
  publishedAt: number;
  /** The publishing staff account. */
  publishedBy: string;
  requestId: string;
  /** Inbox notices go out in batches of accounts ordered by id; `cursor` is the last id told. */
  noticeCursor: string | null;
  noticesSent: number;
  noticesDone: boolean;
}

export function publicationId(documentId: string, version: string): string {
  return `${documentId}@${version}`;
}
