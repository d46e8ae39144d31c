import { useCallback, useState } from 'react';
import type { MaterialSpec, MatterView, RequestView } from '../../../cloudfunctions/lib/contract/requests';
import { canTransition } from '../../../cloudfunctions/lib/contract/requests';
import { reworded, type ClientError } from '../../i18n/server-errors';
import type { DraftMaterial } from './apply-draft';
import { pickAndUpload, uploadNotice, type MaterialSource, type UploadNote } from './material-upload';
import { requestsApi } from './requests-api';
import { localizeMatter, localizeRequest } from './matter-text';

/** What a supplement accepts when the matter's own rule for the material is not known. */
const SUPPLEMENT_SPEC: Pick<MaterialSpec, 'kinds' | 'maxBytes'> = { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 20 << 20 };

/** The materials a supplement may add to: those staff asked for, else any of the matter's. */
export function supplementTargetsOf(request: RequestView | null, matter: MatterView | null) {
  if (!request?.supplementRequest) return [];
  const asked = request.supplementRequest.materialCodes;
  const specs = matter?.materials ?? [];
  const codes = asked.length ? asked : specs.map((m) => m.code);
  return codes.map((code) => ({ code, name: specs.find((m) => m.code === code)?.name ?? code }));
}

/**
 * One of my requests: its timeline and state, withdrawing before acceptance, and answering a
 * supplement request with new materials.
 */
export function useRequestDetail(requestId: string) {
  // As the cloud sent them; in the reader's language at each render (a language switch renders again).
  const [stored, setRequest] = useState<RequestView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [supplement, setSupplement] = useState<DraftMaterial[]>([]);
  const [comment, setComment] = useState('');
  const [notes, setNotes] = useState<UploadNote[]>([]);
  const [busy, setBusy] = useState(false);
  const [storedMatter, setMatter] = useState<MatterView | null>(null);
  const [target, setTarget] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await requestsApi.detail(requestId);
    if (result.ok) {
      setRequest(result.data);
      setError(null);
      if (result.data.status === 'supplement_requested') {
        const m = await requestsApi.matter(result.data.matterCode);
        if (m.ok) setMatter(m.data);
      }
    } else setError(result.error);
  }, [requestId]);

  /** An action answers with the summary; the page then shows the request as it is now. */
  async function act(work: () => ReturnType<typeof requestsApi.withdraw>) {
    if (busy) return;
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (result.ok) {
      setError(null);
      await load();
      return true;
    }
    setError(result.error);
    // Someone (staff) moved it meanwhile: show what it is now.
    if (result.error.code.endsWith('VERSION_CONFLICT') || result.error.code.endsWith('ILLEGAL_TRANSITION'))
      await load();
    return false;
  }

  const request = stored && localizeRequest(stored);
  const matter = storedMatter && localizeMatter(storedMatter);
  const supplementTargets = supplementTargetsOf(request, matter);
  const chosenTarget = target ?? supplementTargets[0]?.code ?? null;

  async function addSupplement(source: MaterialSource) {
    const materialCode = chosenTarget;
    if (busy || !materialCode) return;
    setBusy(true);
    const outcome = await pickAndUpload({
      source,
      spec: matter?.materials.find((m) => m.code === materialCode) ?? { code: materialCode, ...SUPPLEMENT_SPEC },
      purpose: 'supplement',
      count: 1,
    });
    setBusy(false);
    setSupplement((s) => [...s, ...outcome.added]);
    setNotes(outcome.notes);
  }

  const r = request;
  return {
    request,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
    load,
    canWithdraw: r !== null && canTransition('withdraw', r.status),
    canResubmit: r !== null && canTransition('resubmit', r.status),
    withdraw: () => r && act(() => requestsApi.withdraw(r.id, r.version)),
    supplementTargets,
    target: chosenTarget,
    setTarget,
    supplement,
    comment,
    setComment,
    notice: uploadNotice(notes),
    busy,
    addSupplement,
    removeSupplement: (uploadId: string) => setSupplement((s) => s.filter((f) => f.uploadId !== uploadId)),
    resubmit: async () => {
      if (!r || supplement.length === 0) return;
      const materials = supplement.map(({ materialCode, uploadId }) => ({ materialCode, uploadId }));
      if (await act(() => requestsApi.resubmit(r.id, r.version, materials, comment.trim() || undefined))) {
        setSupplement([]);
        setComment('');
      }
    },
  };
}
