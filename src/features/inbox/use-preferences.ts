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

/**
 * Notice preferences per kind and channel, and subscribing to WeChat subscription messages: the
 * permissions module asks WeChat (from the tap), the decisions go to the notify function as grants.
 */
export function usePreferences() {
  const [view, setView] = useState<PreferencesView | null>(null);
  const [templates, setTemplates] = useState<TemplateView[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');

  const fail = (code: string, message: string) => {
    if (code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(message);
  };

  const load = useCallback(async () => {
    const [prefs, tmpls] = await Promise.all([notifyApi.preferences(), notifyApi.templates()]);
    if (prefs.ok) setView(prefs.data);
    else return fail(prefs.error.code, prefs.error.message);
    if (tmpls.ok) setTemplates(tmpls.data);
    setError('');
  }, []);

  async function toggle(kind: NoticeKindName, channel: Channel, enabled: boolean) {
    const r = await notifyApi.setPreference(kind, channel, enabled);
    if (r.ok) {
      setView(r.data);
      setError('');
    } else fail(r.error.code, r.error.message);
  }

  /** Call straight from the tap: WeChat refuses requestSubscribeMessage otherwise. One class per tap. */
  async function subscribe(cls: TemplateClass, unavailable: string, done: string) {
    const ids = subscriptionBatch(templates, cls);
    const result = await requestSubscription(ids, async (decisions) => {
      const r = await notifyApi.recordGrants(decisions);
      if (r.ok) setTemplates(r.data);
      else fail(r.error.code, r.error.message);
    });
    if (result.status === 'ok') setNotice(done);
    else if (result.status !== 'cancelled') setNotice(result.message || unavailable);
  }

  /** Long-term templates not yet accepted: the page offers a separate tap for them. */
  const longTermToAsk = subscriptionBatch(templates, 'longTerm').length > 0;

  return { view, templates, longTermToAsk, signedOut, error, notice, load, toggle, subscribe };
}
