import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { codeDigits, factorApi } from './factor-api';
import { useSaid } from '../said/use-said';

/**
 * Refusals a code answers: the session's second factor not given yet (e.g. after signing in through
 * a linked account) and the step-up before full sensitive data. STAFF.FACTOR_ENROL_REQUIRED leads
 * to the 二次验证 page from the cloud client itself (src/services/cloud/refusal-redirect.ts).
 */
const NEEDS_CODE = new Set(['STAFF.FACTOR_REQUIRED', 'STAFF.STEP_UP_REQUIRED']);

/**
 * A staff call that may ask for the authenticator's code: `run` makes it; when it is refused for
 * want of the code, the prompt opens and, once `factorVerify` accepts the code, the same call is
 * made again. Resolves the final result, or null while the prompt waits (and when it is cancelled).
 */
export function useFactorGate() {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();
  const retry = useRef<(() => Promise<void>) | null>(null);

  /** Opens the prompt with nothing to repeat: the session's factor asked for up front (the desk). */
  const ask = useCallback((then?: () => Promise<void>) => {
    retry.current = then ?? null;
    setCode('');
    setError(null);
    setOpen(true);
  }, []);

  async function run<T>(call: () => Promise<Result<T>>, onResult: (result: Result<T>) => void): Promise<void> {
    const result = await call();
    if (!result.ok && NEEDS_CODE.has(result.error.code)) {
      ask(() => run(call, onResult));
      return;
    }
    onResult(result);
  }

  async function verify() {
    if (busy || code.length !== 6) return;
    setBusy(true);
    setError(null);
    const result = await factorApi.verify(code);
    setCode('');
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    const again = retry.current;
    retry.current = null;
    setOpen(false);
    if (again) await again();
    setBusy(false);
  }

  function cancel() {
    retry.current = null;
    setOpen(false);
    setCode('');
    setError(null);
  }

  return {
    run,
    ask,
    prompt: { open, code, onChange: (value: string) => setCode(codeDigits(value)), busy, error, verify, cancel },
  };
}
