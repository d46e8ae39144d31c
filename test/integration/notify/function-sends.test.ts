/**
 * Subscription messages sent by functions other than notify (here: account's security alert), as
 * WeChat allows them: only with `subscribeMessage.send` in that function's config.json. A send
 * WeChat refuses for a system reason (-604101) leaves the person's one-time grant unspent.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALICE } from '../account/account-cloud';
import { notifyCloud, TEMPLATES } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

jest.setTimeout(120_000);

const SECURITY_ALERT = TEMPLATES.find((t) => t.key === 'securityAlert')?.id ?? '';
const NEW_PASSWORD = 'Brand-New-2027';

const t = notifyCloud();

/** Alice, signed in, with one security-alert grant both in WeChat and in our records. */
async function aliceWithGrant(): Promise<string> {
  const env = t.cloud().freshEnv('sends');
  await t.register(env, ALICE);
  await t.acceptInWechat(env, ALICE.openid, [SECURITY_ALERT]);
  await t.data(env, ALICE.openid, 'recordGrants', { decisions: { [SECURITY_ALERT]: 'accept' } });
  return env;
}

async function changePassword(env: string): Promise<void> {
  const r = await t.account(env, ALICE.openid, 'changePassword', {
    currentPassword: ALICE.password,
    newPassword: NEW_PASSWORD,
  });
  expect(r).toMatchObject({ ok: true });
}

/** Alice's unspent one-time grants in our records (read directly: a password change signs her out). */
async function remaining(env: string): Promise<number | undefined> {
  const grants = await t.find<{ remaining: number }>(env, COLLECTIONS.subscriptions, { templateId: SECURITY_ALERT });
  return grants[0]?.remaining;
}

/** Replaces the account function's config.json (and starts fresh instances, which read it). */
function accountConfig(change: (c: Record<string, unknown>) => Record<string, unknown>): () => void {
  const dir = join(t.functionsDir, 'account');
  const file = join(dir, 'config.json');
  const before = readFileSync(file, 'utf8');
  const touch = () => {
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'index.js'), later, later);
  };
  writeFileSync(file, JSON.stringify(change(JSON.parse(before) as Record<string, unknown>)));
  touch();
  return () => {
    writeFileSync(file, before);
    touch();
  };
}

describe('subscription messages from the account function', () => {
  it('a password change sends the security alert to WeChat and spends the grant', async () => {
    const env = await aliceWithGrant();
    expect(await remaining(env)).toBe(1);
    await changePassword(env);
    const sent = t.cloud().cloud.outbox(env, ALICE.openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ touser: ALICE.openid, templateId: SECURITY_ALERT });
    expect(await remaining(env)).toBe(0);
  });

  it('when WeChat refuses the cloud call (-604101), nothing is sent and the grant is not spent', async () => {
    const restore = accountConfig((c) => ({ ...c, permissions: { openapi: [] } }));
    try {
      const env = await aliceWithGrant();
      await changePassword(env);
      expect(t.cloud().cloud.outbox(env, ALICE.openid)).toEqual([]);
      expect(await remaining(env)).toBe(1);
      const inbox = await t.find<{ kind: string }>(env, COLLECTIONS.messages, { kind: 'security.password-changed' });
      expect(inbox).toHaveLength(1);
    } finally {
      restore();
    }
  });
});
