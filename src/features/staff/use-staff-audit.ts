import { useCallback, useState } from 'react';
import type { AuditAlertView, AuditRow, VerifyAuditOutput } from '../../../cloudfunctions/lib/contract/audit';
import { auditApi } from './audit-api';
import { useSaid } from '../said/use-said';

export type AuditRange = 'all' | 'hour' | 'day' | 'week';
export const AUDIT_RANGES: readonly AuditRange[] = ['all', 'hour', 'day', 'week'];
const RANGE_MS: Record<AuditRange, number | null> = {
  all: null,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

export interface AuditFilters {
  actor: string;
  subject: string;
  action: string;
  range: AuditRange;
}

function queryOf(filters: AuditFilters, before: number | null) {
  const span = RANGE_MS[filters.range];
  return {
    ...(filters.actor.trim() ? { actor: filters.actor.trim() } : {}),
    ...(filters.subject.trim() ? { subject: filters.subject.trim() } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(span === null ? {} : { from: Date.now() - span }),
    ...(before === null ? {} : { before }),
  };
}

/** The admin audit screen: the chain's check on top, filtered entries newest first, page by page. */
export function useStaffAudit() {
  const [verification, setVerification] = useState<VerifyAuditOutput | null>(null);
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [alerts, setAlerts] = useState<AuditAlertView[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [error, setError] = useSaid();
  const [loading, setLoading] = useState(false);

  const verify = useCallback(async () => {
    const result = await auditApi.verify();
    if (result.ok) setVerification(result.data);
    else setError(result.error);
  }, []);

  const search = useCallback(async (filters: AuditFilters, before: number | null = null) => {
    setLoading(true);
    setError(null);
    const result = await auditApi.page(queryOf(filters, before));
    setLoading(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setRows((shown) => (before === null ? result.data.rows : [...shown, ...result.data.rows]));
    setAlerts(result.data.alerts);
    setCursor(result.data.nextCursor);
  }, []);

  return { verification, rows, alerts, cursor, error, loading, verify, search };
}
