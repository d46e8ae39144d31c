/**
 * A notice keeps its catalog key and parameters (issue 20): the account function writes them with
 * the Simplified title and body, the notify function's inbox gives them back, and the inbox can
 * show them in the reader's language.
 */
import type { InboxPage } from '../../../cloudfunctions/lib/contract/notify';
import { renderNotice } from '../../../cloudfunctions/lib/contract/notices/render-notice';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';
import { ALICE, BOB } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';

jest.setTimeout(120_000);

const NEW_PASSWORD = 'Brand-New-2027';
const t = notifyCloud();

describe('notice texts through the real functions', () => {
  it('a password change is stored with its key, and the inbox returns it', async () => {
    const env = t.cloud().freshEnv('notice-texts');
    await t.register(env, ALICE);
    const changed = await t.account(env, ALICE.openid, 'changePassword', {
      currentPassword: ALICE.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed).toMatchObject({ ok: true });

    const stored = await t.find<{ title: string; text: unknown }>(env, COLLECTIONS.messages, {
      kind: 'security.password-changed',
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      title: '密码已修改',
      text: { key: 'security.password-changed', params: {} },
    });

    const signedIn = await t.account(env, ALICE.openid, 'signIn', {
      accountName: ALICE.accountName,
      password: NEW_PASSWORD,
    });
    expect(signedIn).toMatchObject({ ok: true });
    const inbox = await t.data<InboxPage>(env, ALICE.openid, 'inbox', {});
    const message = inbox.messages.find((m) => m.kind === 'security.password-changed');
    expect(message?.text).toEqual({ key: 'security.password-changed', params: {} });
    expect(renderNotice(message?.text, 'en', (_, value) => value)?.title).toBe('Password changed');
  });

  it('a sign-in from another WeChat is told with its time as a parameter, not only in Chinese', async () => {
    const env = t.cloud().freshEnv('notice-texts');
    await t.register(env, ALICE);
    const refused = await t.account(env, BOB.openid, 'signIn', {
      accountName: ALICE.accountName,
      password: ALICE.password,
    });
    expect(refused).toMatchObject({ ok: false });
    const inbox = await t.data<InboxPage>(env, ALICE.openid, 'inbox', {});
    const alert = inbox.messages.find((m) => m.kind === 'security.sign-in-elsewhere');
    expect(alert?.text?.key).toBe('security.sign-in-elsewhere');
    const time = alert?.text?.params.time ?? '';
    expect(Number.isNaN(Date.parse(time))).toBe(false);
    // The Simplified body the other channels send carries the same instant in Beijing time.
    const beijing = new Date(Date.parse(time) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(alert?.body.startsWith(`${beijing}，`)).toBe(true);
    expect(renderNotice(alert?.text, 'pt-PT', (_, value) => `<${value}>`)?.body).toMatch(
      new RegExp(`^Em <${time.replace(/[.]/g, '\\.')}>, alguém tentou iniciar sessão`),
    );
  });
});
