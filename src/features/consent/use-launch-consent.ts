import { useCallback, useRef, useState } from 'react';
import { refusalOf, refusalText, type ClientError } from '../../i18n/server-errors';
import { afterFirstPaint } from '../../platform/launch-route';
import type { ConsentChannel } from '../../../cloudfunctions/lib/contract/consent';
import { consentApi } from './consent-api';
import { refreshInEffect } from './in-effect';
import {
  LAUNCH_DOCUMENT_IDS,
  acceptLaunchConsent,
  declineLaunchConsent,
  launchDocuments,
  readLaunchConsent,
  syncLaunchConsent,
  type LaunchConsent,
} from './launch-consent';

/**
 * The launch decision. Agreeing is recorded in the cloud ledger first and cached on the device
 * after; declining stays on the device, since recording it would process the very information
 * the person just declined to share.
 */
export function useLaunchConsent() {
  const [status, setStatus] = useState<LaunchConsent>(() => readLaunchConsent());
  const [documents, setDocuments] = useState(launchDocuments);
  const [busy, setBusy] = useState(false);
  // The cloud's refusal as it sent it, worded at render (a language switch in place).
  const [refusal, setError] = useState<ClientError | null>(null);
  // The screen shows the bundled versions at once; agreeing waits for the cloud's word on the
  // versions in force (a tap before it shows the button busy until then), so a person agrees to
  // the version in force, not to this build's idea of it. The button is not turned off meanwhile:
  // a tap is never lost.
  const confirming = useRef<Promise<void> | null>(null);

  /**
   * The decision as the cloud has it: waits for the sync the screen started. A choice made before it
   * answered is read against it, so 不同意 tapped at once on a new version still offers to close the
   * account, and 同意 is recorded as agreeing again, not as a first agreement.
   */
  const settled = useCallback(async (): Promise<LaunchConsent> => {
    await confirming.current;
    return readLaunchConsent();
  }, []);

  const accept = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const channel: ConsentChannel = (await settled()) === 'outdated' ? 'reconsent' : 'launch-gate';
    const result = await consentApi.grant(LAUNCH_DOCUMENT_IDS, channel);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    acceptLaunchConsent(new Date());
    setStatus('accepted');
    return true;
  }, []);

  const decline = useCallback(() => {
    declineLaunchConsent(new Date());
    setStatus('declined');
  }, []);

  const refresh = useCallback(() => setStatus(readLaunchConsent()), []);

  /**
   * Asks the cloud which versions are in force (one published since the person agreed asks them
   * again) and, for someone who agreed, whether the ledger still says so (withdrawn elsewhere).
   */
  const syncWithCloud = useCallback(() => {
    confirming.current = (async () => {
      // Asked once the screen has painted: the request is no part of drawing it (issue 18: starting
      // it held the first text back ~15 ms at a 4× CPU throttle). A tap meanwhile still waits for it.
      await new Promise<void>((resolve) => afterFirstPaint(resolve));
      const [, ledger] = await Promise.all([
        refreshInEffect(),
        readLaunchConsent() === 'accepted' ? consentApi.status() : null,
      ]);
      if (ledger?.ok) syncLaunchConsent(ledger.data, new Date());
      setDocuments(launchDocuments());
      setStatus(readLaunchConsent());
      // An unreachable cloud ends the wait too: the grant itself then says what failed.
    })();
    return confirming.current;
  }, []);

  const error = refusal && refusalText(refusalOf(refusal));
  return { status, documents, busy, error, accept, decline, refresh, settled, syncWithCloud };
}
