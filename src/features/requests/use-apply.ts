import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgentGrantView } from '../../../cloudfunctions/lib/contract/enterprise';
import type { MaterialSpec, MatterView } from '../../../cloudfunctions/lib/contract/requests';
import { refusalOf, refusalText, reworded, type ClientError, type Refusal } from '../../i18n/server-errors';
import { formContentField } from '../../../cloudfunctions/lib/contract/content-fields';
import { useRegionChoice } from '../permissions/use-region-choice';
import { ROUTES, redirect } from '../../platform/navigation';
import {
  APPLY_STEPS,
  applyProblems,
  newDraft,
  stepHasProblem,
  stepOfProblem,
  submitInput,
  type ApplyDraft,
  type ApplyStep,
} from './apply-draft';
import { newClientRequestId } from './client-request-id';
import { draftStore } from './draft-store';
import { leadToVerification } from '../account/level-required';
import { pickAndUpload, uploadNotice, type MaterialSource, type UploadNote } from './material-upload';
import { requestsApi } from './requests-api';
import { shanghaiDate } from '../../../cloudfunctions/lib/contract/shanghai-date';
import { submitOnce } from './submit-once';
import { localizeMatter } from './matter-text';
import { useLocale } from '../../i18n/use-locale';

const submitRequest = submitOnce((input) => requestsApi.submit(input));

/** Grants that let me apply for this matter today: approved, current, covering it. */
export function grantsFor(grants: AgentGrantView[], matterCode: string): AgentGrantView[] {
  return grants.filter((g) => g.status === 'approved' && g.current && g.matterCodes.includes(matterCode));
}

/**
 * Applying for one matter: the draft (restored from the device, saved on every change), the steps,
 * materials uploaded as they are chosen, the delivery region from location or the list, and an
 * idempotent submit.
 */
export function useApply(matterCode: string) {
  // As the cloud sent it; in the reader's language for the locale of this render (a switch renders again).
  const [storedMatter, setMatter] = useState<MatterView | null>(null);
  const locale = useLocale();
  const matter = useMemo(() => storedMatter && localizeMatter(storedMatter, locale), [storedMatter, locale]);
  const [grants, setGrants] = useState<AgentGrantView[]>([]);
  const [draft, setDraft] = useState<ApplyDraft>(
    () => draftStore.read(matterCode) ?? newDraft(matterCode, newClientRequestId(), new Date()),
  );
  const [restored, setRestored] = useState(() => draftStore.read(matterCode) !== null);
  const [touched, setTouched] = useState<ApplyStep[]>([]);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  const [notes, setNotes] = useState<UploadNote[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const region = useRegionChoice();
  const today = shanghaiDate();
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    void (async () => {
      const [m, g] = await Promise.all([requestsApi.matter(matterCode), requestsApi.myGrants()]);
      if (!mounted.current) return;
      if (m.ok) setMatter(m.data);
      else setLoadError(m.error);
      if (g.ok) setGrants(grantsFor(g.data, matterCode));
    })();
    return () => {
      mounted.current = false;
    };
  }, [matterCode]);

  const change = useCallback((next: (d: ApplyDraft) => ApplyDraft) => {
    setDraft((d) => {
      const updated = { ...next(d), savedAt: new Date().toISOString() };
      draftStore.write(updated);
      return updated;
    });
  }, []);

  // The region found from location (or picked from the list) fills the delivery address's region.
  useEffect(() => {
    if (region.region) {
      const { id, name } = region.region;
      change((d) => ({ ...d, delivery: { ...d.delivery, region: { id, name } } }));
    }
  }, [region.region, change]);

  const problems = useMemo(() => (matter ? applyProblems(matter, draft, today) : null), [matter, draft, today]);

  function goTo(step: ApplyStep) {
    change((d) => ({ ...d, step }));
  }

  /** The next step, unless this one still has a problem (then it is shown). */
  function next() {
    if (!problems) return;
    setTouched((t) => (t.includes(draft.step) ? t : [...t, draft.step]));
    if (stepHasProblem(problems, draft.step)) return;
    const index = APPLY_STEPS.indexOf(draft.step);
    goTo(APPLY_STEPS[Math.min(index + 1, APPLY_STEPS.length - 1)] ?? 'review');
  }

  async function addMaterial(spec: MaterialSpec, source: MaterialSource, keepLocation = false) {
    const have = draft.materials.filter((f) => f.materialCode === spec.code).length;
    if (have >= spec.maxFiles || uploading) {
      setNotes(uploading ? [] : [{ kind: 'full' }]);
      return;
    }
    setUploading(spec.code);
    setNotes([]);
    const outcome = await pickAndUpload({
      source,
      spec,
      purpose: 'material',
      count: spec.maxFiles - have,
      keepLocation,
    });
    setUploading(null);
    if (outcome.added.length) change((d) => ({ ...d, materials: [...d.materials, ...outcome.added] }));
    setNotes(outcome.notes);
  }

  function removeMaterial(uploadId: string) {
    change((d) => ({ ...d, materials: d.materials.filter((f) => f.uploadId !== uploadId) }));
  }

  function discard() {
    draftStore.remove(matterCode);
    setDraft(newDraft(matterCode, newClientRequestId(), new Date()));
    setTouched([]);
    // The notice spoke of the draft just thrown away.
    setRestored(false);
  }

  async function submit() {
    if (!matter || !problems || busy) return;
    setTouched([...APPLY_STEPS]);
    const blocking = stepOfProblem(problems);
    const input = submitInput(matter, draft, today);
    if (blocking || !input) {
      if (blocking) goTo(blocking);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await submitRequest(input);
    if (!mounted.current) return;
    setBusy(false);
    if (result.ok) {
      draftStore.remove(matterCode);
      redirect(ROUTES.requestDetail, { id: result.data.id });
      return;
    }
    // The draft and its clientRequestId stay: submitting again cannot make a second request.
    setError(refusalOf(result.error));
    leadToVerification(result.error);
  }

  const shown = (step: ApplyStep) => touched.includes(step);
  return {
    matter,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    loadError: reworded(loadError),
    grants,
    draft,
    restored,
    problems,
    shown,
    change,
    goTo,
    next,
    addMaterial,
    removeMaterial,
    uploading,
    notice: uploadNotice(notes),
    region,
    discard,
    submit,
    busy,
    // Worded at render; a refused form field (CONTENT.RISKY) is named as this form shows it.
    error: error
      ? refusalText(error, (field) => matter?.fields.find((f) => formContentField(f.key) === field)?.label)
      : '',
  };
}
