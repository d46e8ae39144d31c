import { useCallback, useState } from 'react';
import type { InboxMessageView, InboxPage } from '../../../cloudfunctions/lib/contract/notify';
import { tActions } from '../../i18n/actions';
import { confirmAction, toastSuccess } from '../../platform/confirm-action';
import { useReloadOnReconnect } from '../lists/use-reload-on-reconnect';
import { notifyApi } from './notify-api';
import { useSaid } from '../said/use-said';

/** My messages, newest first, a page at a time; signed out is a state, not an error. */
export function useInbox() {
  const [messages, setMessages] = useState<InboxMessageView[]>([]);
  const [unread, setUnread] = useState(0);
  const [next, setNext] = useState<InboxPage['next']>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useSaid();
  const [loaded, setLoaded] = useState(false);

  const apply = useCallback(<T>(r: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }) => {
    if (r.ok) {
      setError(null);
      return r.data;
    }
    if (r.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(r.error);
    return null;
  }, []);

  const load = useCallback(
    async (more = false) => {
      const page = apply(await notifyApi.inbox(more ? next : null));
      setLoaded(true);
      if (!page) return;
      setSignedOut(false);
      setMessages((current) => (more ? [...current, ...page.messages] : page.messages));
      setUnread(page.unread);
      setNext(page.next);
    },
    [apply, next],
  );

  const reload = useCallback(() => load(), [load]);
  useReloadOnReconnect(error !== '', reload);

  async function read(id: string) {
    const r = apply(await notifyApi.markRead(id));
    if (!r) return;
    setUnread(r.unread);
    setMessages((list) => list.map((m) => (m.id === id ? { ...m, read: true } : m)));
  }

  async function readAll() {
    const r = apply(await notifyApi.markAllRead());
    if (!r) return;
    setUnread(0);
    setMessages((list) => list.map((m) => ({ ...m, read: true })));
  }

  async function remove(id: string) {
    if (!(await confirmAction(tActions.deleteMessage))) return;
    const r = apply(await notifyApi.deleteMessage(id));
    if (!r) return;
    toastSuccess(tActions.deleteMessage.done);
    setUnread(r.unread);
    setMessages((list) => list.filter((m) => m.id !== id));
  }

  return { messages, unread, hasMore: next !== null, signedOut, error, loaded, load, reload, read, readAll, remove };
}
