import { useMemo, useState } from 'react';
import { ROUTES, redirect } from '../../platform/navigation';
import { accountApi } from './account-api';
import { EMPTY_DRAFT, passwordRules, registerProblems, type RegisterDraft } from './register-form';

export function useRegister() {
  const [draft, setDraft] = useState<RegisterDraft>(EMPTY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const problems = useMemo(() => registerProblems(draft), [draft]);
  const rules = useMemo(() => passwordRules(draft.password, draft.accountName), [draft.password, draft.accountName]);

  const update = (patch: Partial<RegisterDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    setSubmitted(true);
    setError('');
    if (problems.length > 0 || busy) return;
    setBusy(true);
    const { confirm: _confirm, agreed: _agreed, documentAgreed: _documentAgreed, ...form } = draft;
    const result = await accountApi.register(form);
    setBusy(false);
    if (result.ok) redirect(ROUTES.accountProfile);
    else setError(result.error.message);
  }

  return { draft, update, problems: submitted ? problems : [], rules, busy, error, submit };
}
