import { useCallback, useState } from 'react';
import type { SensitivePurpose } from '../../../cloudfunctions/lib/contract/consent';
import {
  ensureSensitiveConsent,
  withdrawSensitiveConsent,
  type SensitiveConsentOptions,
  type SensitiveConsentResult,
} from './sensitive-consent';

/**
 * For features that process sensitive personal information: `ensure()` right before the feature
 * collects it (face verification, ID number, bank account, location, a minor's data).
 */
export function useSensitiveConsent(purpose: SensitivePurpose) {
  const [result, setResult] = useState<SensitiveConsentResult | null>(null);
  const [busy, setBusy] = useState(false);

  const ensure = useCallback(
    async (options?: SensitiveConsentOptions) => {
      setBusy(true);
      const outcome = await ensureSensitiveConsent(purpose, options);
      setBusy(false);
      setResult(outcome);
      return outcome;
    },
    [purpose],
  );

  const withdraw = useCallback(async () => {
    const outcome = await withdrawSensitiveConsent(purpose);
    setResult(outcome);
    return outcome;
  }, [purpose]);

  return { result, granted: result?.status === 'granted', busy, ensure, withdraw };
}
