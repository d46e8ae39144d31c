import { useCallback, useState } from 'react';
import type { FactorEnrolment, FactorStatus } from '../../../cloudfunctions/lib/contract/staff-factor';
import { tStaffFactor } from '../../i18n/staff-factor';
import { reworded, type ClientError } from '../../i18n/server-errors';
import { toastSuccess } from '../../platform/confirm-action';
import { codeDigits, factorApi } from './factor-api';
import { useSaid } from '../said/use-said';

export type FactorPageState =
  | { kind: 'loading' }
  | { kind: 'ready'; status: FactorStatus }
  | { kind: 'enrolling'; enrolment: FactorEnrolment }
  | ({ kind: 'failed' } & ClientError);

/** The 二次验证 page: where the staff member stands, and enrolment (key shown once, first code confirms). */
export function useStaffFactor() {
  const [state, setState] = useState<FactorPageState>({ kind: 'loading' });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();

  const load = useCallback(async () => {
    const result = await factorApi.status();
    if (result.ok) setState({ kind: 'ready', status: result.data });
    else setState({ kind: 'failed', ...result.error });
  }, []);

  async function start() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await factorApi.enrolStart();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCode('');
    setState({ kind: 'enrolling', enrolment: result.data });
  }

  async function confirm() {
    if (busy || code.length !== 6) return;
    setBusy(true);
    setError(null);
    const result = await factorApi.enrolConfirm(code);
    setBusy(false);
    setCode('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toastSuccess(tStaffFactor.done);
    setState({ kind: 'ready', status: result.data });
  }

  // A refusal is kept as the cloud sent it and worded at render (a language switch in place).
  return {
    state: state.kind === 'failed' ? reworded(state) : state,
    code,
    setCode: (value: string) => setCode(codeDigits(value)),
    busy,
    error,
    load,
    start,
    confirm,
  };
}
