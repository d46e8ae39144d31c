import { useMemo, useState } from 'react';
import { ROUTES, redirect } from '../../platform/navigation';
import { accountApi } from './account-api';
import { EMPTY_DRAFT, passwordRules, registerProblems, type RegisterDraft } from './register-form';
import { useSaid } from '../said/use-said';

export function useRegister() {
  const [draft, setDraft] = useState<RegisterDraft>(EMPTY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();
  /** The document typed is registered by another account: the page offers to claim it. */
  const [claimable, setClaimable] = useState(false);
  const problems = useMemo(() => registerProblems(draft), [draft]);
  const rules = useMemo(() => passwordRules(draft.password, draft.accountName), [draft.password, draft.accountName]);

  const update = (patch: Partial<RegisterDraft>) => {
    // The offer is for the document the cloud refused, not for one typed since.
    if (patch.document) setClaimable(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function send(claimDocument: boolean) {
    setSubmitted(true);
    setError(null);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    const { confirm: _confirm, agreed: _agreed, documentAgreed: _documentAgreed, ...form } = draft;
    const result = claimDocument ? await accountApi.register(form, true) : await accountApi.register(form);
    setBusy(false);
    // A claimant's next step is verifying their real name: then the document becomes theirs.
    if (result.ok) return redirect(claimDocument ? ROUTES.accountIdentity : ROUTES.accountProfile);
    setError(result.error);
    setClaimable(!claimDocument && result.error.code === 'ACCOUNT.DOCUMENT_REGISTERED');
  }

  return {
    draft,
    update,
    problems: submitted ? problems : [],
    rules,
    busy,
    error,
    claimable,
    submit: () => send(false),
    claim: () => send(true),
  };
}
