/**
 * Seeds many accounts (and their WeChat and notify-side subscription grants) straight into a local
 * cloud environment's SQLite file: registering thousands through the account function (scrypt)
 * would take minutes. Used by the 5,000-recipient resume test and the push benchmark.
 */
import type { LocalCloud } from '../../localcloud';
import { tableName } from '../../localcloud/database/json-path';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

export interface SeedOptions {
  count: number;
  /** Template ids each seeded person accepted once, in WeChat and in our own grant records. */
  grants: readonly string[];
  createdAt: number;
  prefix?: string;
}

export const seededOpenid = (i: number, prefix = 'oSeed') => `${prefix}${String(i).padStart(7, '0')}`;

export function seedAccounts(cloud: LocalCloud, env: string, opts: SeedOptions): string[] {
  const prefix = opts.prefix ?? 'oSeed';
  cloud.outbox(env); // creates the WeChat-side grant tables
  const store = cloud.store(env);
  store.ensureCollection(COLLECTIONS.accounts);
  store.ensureCollection(COLLECTIONS.subscriptions);
  const account = store.db.prepare(`INSERT INTO ${tableName(COLLECTIONS.accounts)} (id, doc, ver) VALUES (?, ?, 1)`);
  const grant = store.db.prepare(`INSERT INTO ${tableName(COLLECTIONS.subscriptions)} (id, doc, ver) VALUES (?, ?, 1)`);
  const wechat = store.db.prepare(
    "INSERT INTO __sub_grants (openid, template_id, result, created_at) VALUES (?, ?, 'accept', ?)",
  );
  const ids: string[] = [];
  store.db.transaction(() => {
    for (let i = 0; i < opts.count; i++) {
      const id = `seed${prefix}${String(i).padStart(7, '0')}`;
      const openid = seededOpenid(i, prefix);
      ids.push(id);
      account.run(
        id,
        JSON.stringify({
          _id: id,
          accountName: `seed_${prefix.toLowerCase()}_${i}`,
          openid,
          roles: ['user'],
          statusState: 'active',
          mobileCountryCode: null,
          mobileNumber: null,
          contact: null,
          closedAt: null,
          createdAt: opts.createdAt,
          updatedAt: opts.createdAt,
        }),
      );
      for (const templateId of opts.grants) {
        grant.run(
          `${id}:${templateId}`,
          JSON.stringify({
            _id: `${id}:${templateId}`,
            accountId: id,
            templateId,
            remaining: 1,
            longTerm: false,
            updatedAt: opts.createdAt,
          }),
        );
        wechat.run(openid, templateId, opts.createdAt);
      }
    }
  })();
  return ids;
}
