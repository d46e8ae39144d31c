/** SQLite constraint failures as the duplicate-key errors CloudBase (MongoDB) answers. */
import { CloudError, CODES } from '../tcb/cloud-error';

export function toCloudError(e: unknown, collection: string, id: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new CloudError(
      CODES.dbRequestFailed,
      `E11000 duplicate key error collection: ${collection} dup key: { _id: ${JSON.stringify(id)} }`,
    );
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const index = /index '([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
    return new CloudError(
      CODES.dbRequestFailed,
      `E11000 duplicate key error collection: ${collection} index: ${index} (document ${JSON.stringify(id)})`,
    );
  }
  return e;
}
