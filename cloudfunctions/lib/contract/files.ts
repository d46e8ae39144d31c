import * as v from 'valibot';

/**
 * The `files` function's inputs and outputs, shared by the function and the mini-program.
 * A kind is what the bytes are (sniffed by the server), never what the name or the client says.
 */
export const FILE_KINDS = ['jpeg', 'png', 'pdf', 'mp4', 'aac', 'mp3', 'm4a'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_EXTENSIONS: Record<FileKind, string> = {
  jpeg: 'jpg',
  png: 'png',
  pdf: 'pdf',
  mp4: 'mp4',
  aac: 'aac',
  mp3: 'mp3',
  m4a: 'm4a',
};

export const UPLOAD_PURPOSES = [
  'material',
  'supplement',
  'authorisation',
  'feedback',
  'result',
  'service-logo',
] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** The widest rule per purpose; a use case may check an upload against a narrower one. */
export interface UploadRule {
  kinds: readonly FileKind[];
  maxBytes: number;
}

const MB = 1024 * 1024;
const DOCUMENTS: readonly FileKind[] = ['pdf', 'jpeg', 'png'];

export const UPLOAD_RULES: Record<UploadPurpose, UploadRule> = {
  material: { kinds: DOCUMENTS, maxBytes: 20 * MB },
  supplement: { kinds: DOCUMENTS, maxBytes: 20 * MB },
  authorisation: { kinds: DOCUMENTS, maxBytes: 20 * MB },
  feedback: { kinds: ['jpeg', 'png', 'aac', 'mp3', 'm4a'], maxBytes: 10 * MB },
  result: { kinds: DOCUMENTS, maxBytes: 20 * MB },
  // A registered service's logo (admins only): shown from our storage, never from the service's server.
  'service-logo': { kinds: ['png', 'jpeg'], maxBytes: 200 * 1024 },
};

/** The largest any purpose allows: a declared size above it is refused before any upload. */
export const UPLOAD_MAX_BYTES = 50 * MB;

export const UploadIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/));

export const PrepareUploadInputSchema = v.strictObject({
  purpose: v.picklist(UPLOAD_PURPOSES),
  /** The original file name, shown back to the person; never used to build a path. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(UPLOAD_MAX_BYTES)),
  kind: v.picklist(FILE_KINDS),
});
export type PrepareUploadInput = v.InferOutput<typeof PrepareUploadInputSchema>;

export interface PreparedUpload {
  uploadId: string;
  cloudPath: string;
}

/** After the bytes are stored: the fileID the upload returned, checked against the recorded path. */
/** One of my own uploads, by id (delete). */
export const UploadRefSchema = v.strictObject({ uploadId: UploadIdSchema });

export const ConfirmUploadInputSchema = v.strictObject({
  uploadId: UploadIdSchema,
  fileID: v.pipe(v.string(), v.minLength(1), v.maxLength(1200)),
});
export type ConfirmUploadInput = v.InferOutput<typeof ConfirmUploadInputSchema>;

/** What the person sees of a checked upload. */
export interface UploadView {
  uploadId: string;
  name: string;
  size: number;
  kind: FileKind;
}

/** One of my checked uploads as the privacy center lists it (policy §8.3: what I can delete myself). */
export interface MyUploadView extends UploadView {
  /** What it was uploaded for. */
  purpose: UploadPurpose;
  /** When it was uploaded, ISO 8601 (the screen shows it in Beijing time). */
  uploadedAt: string;
  /** Attached to a submitted application: kept with that record (FILE.IN_USE), not deletable here. */
  inUse: boolean;
}

export interface MyUploadsOutput {
  items: MyUploadView[];
}
