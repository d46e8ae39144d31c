import type { Role } from '../contract/account';

/** Who may read the queue and requests (staff read; reviewers and admins also act). */
export const QUEUE_READERS: readonly Role[] = ['staff', 'reviewer', 'admin'];
/** Who may act on requests and agent grants. */
export const PROCESSORS: readonly Role[] = ['reviewer', 'admin'];
/** Who may edit the catalog. */
export const CATALOG_EDITORS: readonly Role[] = ['admin'];

export const canProcess = (roles: readonly Role[]) => roles.some((r) => PROCESSORS.includes(r));
