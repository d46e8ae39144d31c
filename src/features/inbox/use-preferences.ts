import { useCallback, useState } from 'react';
import type {
  Channel,
  NoticeKindName,
  PreferencesView,
  TemplateView,
} from '../../../cloudfunctions/lib/contract/notify';
import { requestSubscription } from '../../platform/permissions/subscribe';
import { notifyApi } from './notify-api';
import { subscriptionBatch, type TemplateClass } from './subscription-batch';
import { tInbox } from '../../i18n/inbox';
import { useSaid } from '../said/use-said';
import type { ClientError } from '../../i18n/server-errors';

/**
 * Notice preferences per kind and channel, and subscribing to WeChat subscription messages: the
 * permissions module asks WeChat (from the tap), the decisions go to the notify function as grants.
 */
export function usePreferences() {
  const [view, setView] = useState<PreferencesView | null>(null);
  const [templates, setTemplates] = useState<TemplateView[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useSaid();
  const [notice, setNotice] = useSaid(tInbox);

  const fail = (e: ClientError) => {
    if (e.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(e);
  };

  const load = useCallback(async () => {
    const [prefs, tmpls] = await Promise.all([notifyApi.preferences(), notifyApi.templates()]);
    if (prefs.ok) setView(prefs.data);
    else return fail(prefs.error);
    if (tmpls.ok) setTemplates(tmpls.data);
    setError(null);
  }, [setError]);

  async function toggle(kind: NoticeKindName, channel: Channel, enabled: boolean) {
    const r = await notifyApi.setPreference(kind, channel, enabled);
    if (r.ok) {
      setView(r.data);
      setError(null);
    } else fail(r.error);
  }

  /** Call straight from the tap: WeChat refuses requestSubscribeMessage otherwise. One class per tap. */
  async function subscribe(cls: TemplateClass) {
    const ids = subscriptionBatch(templates, cls);
    const result = await requestSubscription(ids, async (decisions) => {
      const r = await notifyApi.recordGrants(decisions);
      if (r.ok) setTemplates(r.data);
      else fail(r.error);
    });
    if (result.status === 'ok') setNotice('subscribed');
    else if (result.status !== 'cancelled') setNotice(result.message ? result : 'subscribeUnavailable');
  }

  /** Long-term templates not yet accepted: the page offers a separate tap for them. */
  const longTermToAsk = subscriptionBatch(templates, 'longTerm').length > 0;

  return { view, templates, longTermToAsk, signedOut, error, notice, load, toggle, subscribe };
}
