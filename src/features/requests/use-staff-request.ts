import { useCallback, useState } from 'react';
import { tActions } from '../../i18n/actions';
import { reworded, type ClientError } from '../../i18n/server-errors';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import {
  canTransition,
  type MatterView,
  type StaffRequestView,
  type TransitionAction,
} from '../../../cloudfunctions/lib/contract/requests';
import type { DraftMaterial } from './apply-draft';
import { pickAndUpload, uploadNotice, type UploadNote } from './material-upload';
import { staffApi, type StaffDecision } from './staff-api';
import { localizeMatter, localizeRequest } from './matter-text';

export type StaffAction = Extract<
  TransitionAction,
  'accept' | 'requestSupplement' | 'approve' | 'reject' | 'deliver' | 'close'
>;
export const STAFF_ACTIONS: readonly StaffAction[] = [
  'accept',
  'requestSupplement',
  'approve',
  'reject',
  'deliver',
  'close',
];
/** Actions whose comment is the reason the applicant reads: required by the shared schemas. */
const NEEDS_COMMENT: readonly StaffAction[] = ['requestSupplement', 'reject'];

/** The decision an action sends, or null when its comment is missing. */
export function decisionOf(
  action: StaffAction,
  comment: string,
  extra: { resultUploadId?: string; trackingNumber?: string; materialCodes?: string[] } = {},
): StaffDecision | null {
  const text = comment.trim();
  if (NEEDS_COMMENT.includes(action) && text.length < 2) return null;
  switch (action) {
    case 'requestSupplement':
      return { action, comment: text, materialCodes: extra.materialCodes ?? [] };
    case 'reject':
      return { action, comment: text };
    case 'approve':
      return { action, comment: text || undefined, resultUploadId: extra.resultUploadId };
    case 'deliver':
      return { action, comment: text || undefined, trackingNumber: extra.trackingNumber?.trim() || undefined };
    default:
      return { action, comment: text || undefined };
  }
}

/**
 * One request as staff see it: materials by temp URL, assignment, and the decisions its status
 * allows. Each action names the version shown; if another staff member acted first, the request is
 * reloaded and the conflict said.
 */
export function useStaffRequest(requestId: string) {
  // As the cloud sent them; in the reader's language at each render (a language switch renders again).
  const [stored, setRequest] = useState<StaffRequestView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [comment, setComment] = useState('');
  const [materialCodes, setMaterialCodes] = useState<string[]>([]);
  const [trackingNumber, setTrackingNumber] = useState('');
  const [result, setResult] = useState<DraftMaterial | null>(null);
  const [missingComment, setMissingComment] = useState(false);
  const [notes, setNotes] = useState<UploadNote[]>([]);
  const [busy, setBusy] = useState(false);

  const [matter, setMatter] = useState<MatterView | null>(null);

  const load = useCallback(async () => {
    const r = await staffApi.detail(requestId);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setRequest(r.data);
    const matter = await staffApi.matter(r.data.matterCode);
    if (matter.ok) setMatter(matter.data);
  }, [requestId]);

  const request = stored && localizeRequest(stored);
  const materialNames: Record<string, string> = Object.fromEntries(
    (matter ? localizeMatter(matter).materials : []).map((m) => [m.code, m.name]),
  );

  /** An action answers with the summary; the page then shows the request as it is now. */
  async function run(work: () => ReturnType<typeof staffApi.assign>) {
    if (busy) return false;
    setBusy(true);
    setError(null);
    const r = await work();
    setBusy(false);
    if (r.ok) {
      await load();
      return true;
    }
    setError(r.error);
    if (r.error.code.endsWith('VERSION_CONFLICT') || r.error.code.endsWith('ILLEGAL_TRANSITION')) await load();
    return false;
  }

  const ref = request && { requestId: request.id, expectedVersion: request.version };
  return {
    request,
    /** A material's name by its code (the code itself until the catalog answers). */
    materialName: (code: string) => materialNames[code] ?? code,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
    load,
    comment,
    setComment,
    materialCodes,
    toggleMaterial: (code: string) =>
      setMaterialCodes((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code])),
    trackingNumber,
    setTrackingNumber,
    result,
    missingComment,
    notice: uploadNotice(notes),
    busy,
    allowed: (action: StaffAction) => request !== null && canTransition(action, request.status),
    assign: () => ref && run(() => staffApi.assign(ref)),
    addResult: async () => {
      setBusy(true);
      const outcome = await pickAndUpload({
        source: 'file',
        spec: { code: 'result', kinds: ['pdf', 'jpeg', 'png'], maxBytes: 20 << 20 },
        purpose: 'result',
        count: 1,
      });
      setBusy(false);
      setNotes(outcome.notes);
      if (outcome.added[0]) setResult(outcome.added[0]);
    },
    decide: async (action: StaffAction) => {
      if (!ref) return;
      const decision = decisionOf(action, comment, {
        resultUploadId: result?.uploadId,
        trackingNumber,
        materialCodes,
      });
      setMissingComment(decision === null);
      if (!decision) return;
      const copy = action === 'approve' ? tActions.approve : action === 'reject' ? tActions.reject : tActions.decide;
      if (!(await confirmAction(copy))) return;
      if (await run(() => staffApi.decide(ref, decision))) {
        toastSuccess(copy.done);
        setComment('');
        setMaterialCodes([]);
        setResult(null);
      }
    },
  };
}
