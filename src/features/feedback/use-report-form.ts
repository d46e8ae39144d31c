import { useState } from 'react';
import type { ReportKind, ReportReason } from '../../../cloudfunctions/lib/contract/reports';
import { staffFeedbackApi } from './staff-feedback-api';

/** A person's report: what (kind and its name or number), why (a reason from the list), optional words. */
export function useReportForm() {
  const [kind, setKind] = useState<ReportKind>('account');
  const [target, setTarget] = useState('');
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
