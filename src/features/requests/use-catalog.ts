import { useEffect, useState } from 'react';
import type { MatterSummary, MatterView } from '../../../cloudfunctions/lib/contract/requests';
import { requestsApi } from './requests-api';
import { localizeMatter, localizeSummary } from './matter-text';

/** The service catalog grouped by department, in the order the cloud lists it. */
export function byDepartment(matters: MatterSummary[]): { department: string; matters: MatterSummary[] }[] {
  const groups = new Map<string, MatterSummary[]>();
  for (const matter of matters) groups.set(matter.department, [...(groups.get(matter.department) ?? []), matter]);
  return [...groups].map(([department, list]) => ({ department, matters: list }));
}

/** The whole catalog, or one category's matters when home's service grid opened it for one. */
export function useCatalog(category?: string) {
  const [groups, setGroups] = useState<ReturnType<typeof byDepartment> | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void requestsApi.catalog().then((result) => {
      if (result.ok)
        setGroups(
          byDepartment(result.data.filter((m) => !category || m.category === category).map((m) => localizeSummary(m))),
        );
      else setError(result.error.message);
    });
  }, [category]);
  return { groups, error };
}

export function useMatter(code: string) {
  const [matter, setMatter] = useState<MatterView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void requestsApi.matter(code).then((result) => {
      if (result.ok) setMatter(localizeMatter(result.data));
      else setError(result.error.message);
    });
  }, [code]);
  return { matter, error };
}
