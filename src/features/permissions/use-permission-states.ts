import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PermissionRow } from '../../components/permission-list';
import { tp } from '../../i18n/packages';
import { useLocale } from '../../i18n/use-locale';
import {
  PERMISSIONS,
  openSettingsFor,
  readPermissionStates,
  type PermissionId,
  type PermissionStatus,
} from '../../platform/permissions';

function toRow(status: PermissionStatus): PermissionRow {
  const entry = PERMISSIONS[status.id];
  return {
    id: status.id,
    name: entry.name,
    purpose: entry.purpose,
    refusal: entry.refusal,
    state: status.state,
    stateLabel: tp.permissions.states[status.state],
    canChange: status.target !== null,
  };
}

/**
 * The permissions page's view model: every permission's state, read on open and again when the
 * person comes back from the settings page (openSetting resolves on return).
 */
export function usePermissionStates() {
  const [statuses, setStatuses] = useState<PermissionStatus[]>([]);
  const reload = useCallback(() => {
    void readPermissionStates().then(setStatuses);
  }, []);
  useEffect(reload, [reload]);

  const manage = useCallback(
    (id: string) => {
      const status = statuses.find((s) => s.id === (id as PermissionId));
      if (!status) return;
      void openSettingsFor(status.target).then(reload);
    },
    [statuses, reload],
  );

  // Rows in the language of this render: a switch in place renders them again in the new one.
  const locale = useLocale();
  const rows = useMemo(() => statuses.map(toRow), [statuses, locale]);
  return { rows, manage, reload };
}
