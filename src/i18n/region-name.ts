import { t } from './index';

/**
 * A region (src/platform/permissions/regions.ts, or the one kept on the device) named in the UI
 * language at render; its Chinese name where the catalog does not know its id (a region kept by an
 * older version).
 */
export function regionName(region: { id: string; name: string }): string {
  return (t.home.regions as Readonly<Record<string, string>>)[region.id] ?? region.name;
}
