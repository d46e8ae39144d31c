import { useEffect, useState } from 'react';
import type { MatterSummary, MatterView } from '../../../cloudfunctions/lib/contract/requests';
import { requestsApi } from './requests-api';
import { localizeMatter, localizeSummary } from './matter-text';
import { useSaid } from '../said/use-said';

/** The service catalog grouped by department, in the order the cloud lists it. */
export function byDepartment(matters: MatterSummary[]): { department: string; matters: MatterSummary[] }[] {
  const groups = new Map<string, MatterSummary[]>();
  for (const matter of matters) groups.set(matter.department, [...(groups.get(matter.department) ?? []), matter]);
  return [...groups].map(([department, list]) => ({ department, matters: list }));
}

/** The groups' matters whose name or department holds every word of the query (case aside); all for none. */
export function matchesQuery(groups: ReturnType<typeof byDepartment>, query: string): ReturnType<typeof byDepartment> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return groups;
  return groups
    .map((group) => ({
      department: group.department,
      matters: group.matters.filter((m) => {
        const text = `${m.name} ${group.department}`.toLowerCase();
        return words.every((w) => text.includes(w));
      }),
    }))
    .filter((group) => group.matters.length > 0);
}

/** The whole catalog, or one category's matters when home's service grid opened it for one. */
export function useCatalog(category?: string) {
  // As the cloud sent them; named in the reader's language at each render (a language switch renders again).
  const [matters, setMatters] = useState<MatterSummary[] | null>(null);
  const [error, setError] = useSaid();
  useEffect(() => {
    void requestsApi.catalog().then((result) => {
      if (result.ok) setMatters(result.data.filter((m) => !category || m.category === category));
      else setError(result.error);
    });
  }, [category]);
  return { groups: matters && byDepartment(matters.map((m) => localizeSummary(m))), error };
}

export function useMatter(code: string) {
  const [matter, setMatter] = useState<MatterView | null>(null);
  const [error, setError] = useSaid();
  useEffect(() => {
    void requestsApi.matter(code).then((result) => {
      if (result.ok) setMatter(result.data);
      else setError(result.error);
    });
  }, [code]);
  return { matter: matter && localizeMatter(matter), error };
}
