import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Element from 'miniprogram-automator/out/Element';
import type Page from 'miniprogram-automator/out/Page';
import { CURRENT_POLICIES } from '../../policies/generated';
import { zhCNAudit as ta } from '../../src/i18n/zh-CN-audit';
import { cloudFunction } from './support/cloud-functions';
import { adminIn, storyCloud } from './support/same-cloud';
import { saveScreen } from './support/screens';
import { story } from './support/story';
import { elementOf, onPage } from './support/wait';

const PAGES = { desk: 'packages/staff/pages/desk/index', audit: 'packages/staff/pages/audit/index' } as const;

interface InputElement {
  input(value: string): Promise<void>;
}

/** The story's own person registers (as the app does, through the account function). */
async function registerPerson(miniProgram: MiniProgram, accountName: string): Promise<void> {
  const registered = await cloudFunction(miniProgram, 'account').call('register', {
    accountName,
    password: 'Hengqin-2026',
    realName: '陈大文',
    mobile: { countryCode: '+853', number: '66123456' },
    document: { type: 'residence-permit', number: '820000200002290021' },
    consent: (['user-agreement', 'privacy-policy'] as const).map((id) => ({
      id,
      version: CURRENT_POLICIES[id].version,
      sha256: CURRENT_POLICIES[id].sha256,
    })),
    documentConsent: true,
  });
  if (!registered.ok) throw new Error(`register: ${registered.error.code}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The privacy function starts cold in the story (two calls at once, on a shared 2-core machine): allow 60 s. */
async function within60s<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const texts = async (page: Page, selector: string) =>
  Promise.all((await page.$$(selector)).map((e: Element) => e.text()));

describe('the admin audit screen', () => {
  story(
    'an admin opens the audit log from the desk: the chain is intact, entries in plain Chinese, filtered by who acted',
    async (miniProgram) => {
      await registerPerson(miniProgram, 'auditor_in_app');
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'audit');
      await admin.call('account', 'setRoles', { accountName: 'auditor_in_app', roles: ['staff', 'admin'] });

      await miniProgram.navigateTo(`/${PAGES.desk}`);
      const desk = await onPage(miniProgram, PAGES.desk);
      await (await elementOf(desk, '.desk__entry--audit')).tap();
      const page = await onPage(miniProgram, PAGES.audit);

      const chain = await within60s('the chain check', () => page.$('.staff-audit__chain--intact'));
      expect(await chain.text()).toMatch(/^审计链完整：共 \d+ 条记录/);
      const rows = await within60s('the rows', async () => {
        const found = await texts(page, '.staff-audit__row');
        return found.length > 0 ? found : null;
      });
      // The console's grant of the first admin and the role change are in the trail, by name.
      expect(rows.some((r) => r.includes(`${ta.actors.console} · ${ta.actions['account.first-admin']}`))).toBe(true);
      expect(rows.some((r) => r.includes(ta.actions['account.roles-set']!))).toBe(true);
      expect(rows.join('\n')).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
      expect(rows.join('\n')).not.toMatch(/account\.|privacy\.|[0-9a-f]{24}/);
      await saveScreen(miniProgram, 'audit-log');

      // Only what the first admin did: the role change, not the console's grant.
      await ((await elementOf(page, 'input.staff-audit__actor')) as unknown as InputElement).input('admin_audit');
      await (await elementOf(page, 'button.staff-audit__search')).tap();
      const filtered = await within60s('the filtered rows', async () => {
        const found = await texts(page, '.staff-audit__row');
        return found.length > 0 && !found.some((r) => r.includes(ta.actors.console)) ? found : null;
      });
      expect(filtered.some((r) => r.includes(ta.actions['account.roles-set']!))).toBe(true);
      await saveScreen(miniProgram, 'audit-log-by-actor');
    },
    120_000,
  );
});
