/**
 * Subscription grants (what requestSubscribeMessage returns in WeChat) and the outbox of sent
 * messages, kept in the environment's SQLite file. A one-time grant is spent by one send.
 */
import type { EnvStore } from '../database/store';

export type GrantResult = 'accept' | 'reject' | 'ban' | 'filter';

export interface OutboxMessage {
  id: number;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogramState: string | null;
  sentAt: string;
}

interface OutboxRow {
  id: number;
  touser: string;
  template_id: string;
  page: string | null;
  data: string;
  miniprogram_state: string | null;
  sent_at: number;
}

export class Subscriptions {
  constructor(
    private readonly store: EnvStore,
    private readonly longTermTemplates: ReadonlySet<string>,
  ) {
    store.db.exec(`
      CREATE TABLE IF NOT EXISTS __sub_grants (id INTEGER PRIMARY KEY, openid TEXT NOT NULL, template_id TEXT NOT NULL,
        result TEXT NOT NULL, used_at INTEGER, created_at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS __sub_grants_lookup ON __sub_grants (openid, template_id, used_at);
      CREATE TABLE IF NOT EXISTS __sub_outbox (id INTEGER PRIMARY KEY, touser TEXT NOT NULL, template_id TEXT NOT NULL,
        page TEXT, data TEXT NOT NULL, miniprogram_state TEXT, sent_at INTEGER NOT NULL);`);
  }

  record(openid: string, results: Record<string, GrantResult>): void {
    const insert = this.store.db.prepare(
      'INSERT INTO __sub_grants (openid, template_id, result, created_at) VALUES (?, ?, ?, ?)',
    );
    this.store.transaction(() => {
      for (const [templateId, result] of Object.entries(results)) insert.run(openid, templateId, result, Date.now());
    });
  }

  /** A template is known once any grant (accepted or not) or the configuration mentions it. */
  isKnownTemplate(templateId: string, configured: ReadonlySet<string>): boolean {
    if (configured.has(templateId) || this.longTermTemplates.has(templateId)) return true;
    return (
      this.store.db.prepare('SELECT 1 FROM __sub_grants WHERE template_id = ? LIMIT 1').get(templateId) !== undefined
    );
  }

  /** Spends one unused accepted grant (long-term grants are never spent); false when none. */
  spendGrant(openid: string, templateId: string): boolean {
    const row = this.store.db
      .prepare(
        "SELECT id FROM __sub_grants WHERE openid = ? AND template_id = ? AND result = 'accept' AND used_at IS NULL ORDER BY id LIMIT 1",
      )
      .get(openid, templateId) as { id: number } | undefined;
    if (!row) return false;
    if (!this.longTermTemplates.has(templateId)) {
      this.store.db.prepare('UPDATE __sub_grants SET used_at = ? WHERE id = ?').run(Date.now(), row.id);
    }
    return true;
  }

  deliver(msg: Omit<OutboxMessage, 'id' | 'sentAt'>): number {
    const r = this.store.db
      .prepare(
        'INSERT INTO __sub_outbox (touser, template_id, page, data, miniprogram_state, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(msg.touser, msg.templateId, msg.page, JSON.stringify(msg.data), msg.miniprogramState, Date.now());
    return Number(r.lastInsertRowid);
  }

  outbox(touser?: string): OutboxMessage[] {
    const rows = (
      touser
        ? this.store.db.prepare('SELECT * FROM __sub_outbox WHERE touser = ? ORDER BY id').all(touser)
        : this.store.db.prepare('SELECT * FROM __sub_outbox ORDER BY id').all()
    ) as OutboxRow[];
    return rows.map((r) => ({
      id: r.id,
      touser: r.touser,
      templateId: r.template_id,
      page: r.page,
      data: JSON.parse(r.data) as OutboxMessage['data'],
      miniprogramState: r.miniprogram_state,
      sentAt: new Date(r.sent_at).toISOString(),
    }));
  }
}
