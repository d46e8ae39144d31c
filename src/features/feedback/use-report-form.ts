import { useState } from 'react';
import { REPORT_KINDS, type ReportKind, type ReportReason } from '../../../cloudfunctions/lib/contract/reports';
import { pageQuery } from '../../platform/navigation';
import { staffFeedbackApi } from './staff-feedback-api';

const isKind = (value: string | undefined): value is ReportKind => REPORT_KINDS.includes(value as ReportKind);

/**
 * A person's report: what (kind and its name or number), why (a reason from the list), optional
 * words. Opened from the reported thing itself (a 举报 link), the page comes with it filled in.
 */
export function useReportForm() {
  const query = pageQuery();
  const [kind, setKind] = useState<ReportKind>(isKind(query.kind) ? query.kind : 'account');
  const [target, setTarget] = useState(isKind(query.kind) ? (query.target ?? '') : '');
  const [reason, setReason] = useState<ReportReason>('illegal');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError('');
    const words = text.trim();
    const r = await staffFeedbackApi.report({ kind, target: target.trim(), reason, ...(words ? { text: words } : {}) });
    setBusy(false);
    if (r.ok) setSent(true);
    else setError(r.error.message);
  }

  return { kind, setKind, target, setTarget, reason, setReason, text, setText, error, sent, busy, submit };
}
