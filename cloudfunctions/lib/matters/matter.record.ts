import type { MatterDefinition } from '../contract/requests';

/** A matter as stored in `matters`: `_id` is its code. Seeded from config/matters.ts, then edited by staff. */
export interface MatterRecord extends Omit<MatterDefinition, 'code'> {
  _id: string;
  version: number;
  updatedAt: number;
  /** `seed` until an admin edits it, then the editor's account id. */
  updatedBy: string;
}
