import { useState } from 'react';
import { REPORT_KINDS, type ReportKind, type ReportReason } from '../../../cloudfunctions/lib/contract/reports';
import { pageQuery } from '../../platform/navigation';
import { staffFeedbackApi } from './staff-feedback-api';
import { useSaid } from '../said/use-said';

const isKind = (value: string | undefined): value is ReportKind => REPORT_KINDS.includes(value as ReportKind);

/**
 * A person's report: what (kind and its name or number), why (a reason from the list), optional
 * words. Opened from the reported thing itself (a 举报 link), the page comes with it filled in.
 * "My account was stolen" (`?stolen=1`, or its choice) is an account report for `compromised`
 * with a contact, so staff can reach an owner who can no longer sign in.
 */
export function useReportForm() {
  const query = pageQuery();
  const [kind, setKind] = useState<ReportKind>(isKind(query.kind) ? query.kind : 'account');
  const [target, setTarget] = useState(isKind(query.kind) ? (query.target ?? '') : '');
  const [reason, setReason] = useState<ReportReason>('illegal');
  const [stolen, setStolen] = useState(query.stolen === '1');
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useSaid();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const words = text.trim();
    const reach = contact.trim();
    const r = await staffFeedbackApi.report({
      kind: stolen ? 'account' : kind,
      target: target.trim(),
      reason: stolen ? 'compromised' : reason,
      ...(words ? { text: words } : {}),
      ...(stolen && reach ? { contact: reach } : {}),
    });
    setBusy(false);
    if (r.ok) setSent(true);
    else setError(r.error);
  }

  const ready = target.trim().length > 0 && (!stolen || contact.trim().length > 0);
  return {
    kind,
    setKind,
    target,
    setTarget,
    reason,
    setReason,
    stolen,
    setStolen,
    contact,
    setContact,
    text,
    setText,
    error,
    sent,
    busy,
    ready,
    submit,
  };
}
