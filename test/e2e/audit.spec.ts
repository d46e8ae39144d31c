import { zhCNAudit as ta } from '../../src/i18n/zh-CN-audit';
import { tap, texts, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { PAGES as ROUTES } from './support/routes';
import { adminIn, storyCloud } from './support/same-cloud';
import { checkScreen } from './support/screen-checks';
import { saveScreen } from './support/screens';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { elementOf, onPage, onPageWith, until } from './support/wait';

const PAGES = {
  desk: 'packages/staff/pages/desk/index',
  audit: 'packages/staff/pages/audit/index',
  enterprise: 'packages/services/pages/enterprise/index',
} as const;

/** The privacy function starts cold in the story (two calls at once, on a shared 2-core machine). */
const PRIVACY_COLD_MS = 60_000;

describe('the admin audit screen', () => {
  story(
    'an admin opens the audit log from the desk: the chain is intact, entries in plain Chinese, filtered by who acted',
    async (miniProgram) => {
      await registerByCall(miniProgram, { ...PERSON, accountName: 'auditor_in_app' });
      const cloud = await storyCloud(miniProgram);
      const admin = await adminIn(cloud, 'audit');
      await admin.grant('auditor_in_app', ['staff', 'admin']);

      await miniProgram.navigateTo(`/${PAGES.desk}`);
      const desk = await onPage(miniProgram, PAGES.desk);
      await tap(desk, '.desk__entry--audit');
      let page = await onPage(miniProgram, PAGES.audit);

      const chain = await elementOf(page, '.staff-audit__chain--intact', PRIVACY_COLD_MS);
      expect(await chain.text()).toMatch(/^审计链完整：共 \d+ 条记录/);
      const rows = await until(
        'the rows',
        async () => {
          const found = await texts(page, '.staff-audit__row');
          return found.length > 0 ? found : null;
        },
        PRIVACY_COLD_MS,
      );
      // The console's grant of the first admin and the role change are in the trail, by name.
      expect(rows.some((r) => r.includes(`${ta.actors.console} · ${ta.actions['account.first-admin']}`))).toBe(true);
      expect(rows.some((r) => r.includes(ta.actions['account.roles-set']!))).toBe(true);
      expect(rows.join('\n')).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
      expect(rows.join('\n')).not.toMatch(/account\.|privacy\.|[0-9a-f]{24}/);
      page = await saveScreenVariants(miniProgram, 'audit-log');

      // Only what the first admin did: proposing the roles (the second admin's approval sets them,
      // under the two-person rule), not the console's grant.
      await type(page, 'input.staff-audit__actor', 'admin_audit');
      await tap(page, 'button.staff-audit__search');
      const filtered = await until(
        'the filtered rows',
        async () => {
          const found = await texts(page, '.staff-audit__row');
          return found.length > 0 && !found.some((r) => r.includes(ta.actors.console)) ? found : null;
        },
        PRIVACY_COLD_MS,
      );
      expect(filtered.some((r) => r.includes(ta.actions['proposal.roles-proposed']!))).toBe(true);
      // In 简体 only: each re-entry in another language reads and checks the whole chain again (e2e
      // time is a budget; the unfiltered log above is saved in the four variants).
      await saveScreen(miniProgram, 'audit-log-by-actor');

      // The screens review (issue 20) reaches only a guest's screens: here a signed-in admin's home,
      // the staff desk and the credit-code field, in the languages whose words differ most (e2e
      // time is a budget: these add about 15–20 s on a loaded 2-core machine). Routes go
      // through wx directly: automator's own route calls sleep a fixed 3 s each.
      const go = async (method: 'reLaunch' | 'navigateTo', path: string, ready: string) => {
        await miniProgram.callWxMethod(method, { url: `/${path}` });
        return elementOf(await onPage(miniProgram, path), ready, PRIVACY_COLD_MS);
      };
      const look = async (name: string) => {
        await saveScreen(miniProgram, name);
        findings.push(...(await checkScreen(miniProgram, name, false)));
      };
      const findings: string[] = [];
      // The person registered by a call, so home first asks this phone to agree, as on a first launch.
      await miniProgram.callWxMethod('reLaunch', { url: `/${ROUTES.home}` });
      const gate = await onPage(miniProgram, ROUTES.agreement);
      await tap(gate, '.agreement__tick');
      await tap(gate, 'button.agreement__agree');
      /** Home in `locale`, chosen on home's switch (which re-launches home). */
      const homeIn = async (locale: 'zh-MO' | 'pt-PT') => {
        // Once the signed-in glance has loaded: a tap while it grows lands on whatever moved under it.
        const before = await onPage(miniProgram, ROUTES.home, PRIVACY_COLD_MS);
        await elementOf(before, '.home__glance', PRIVACY_COLD_MS);
        await tap(before, `.language-switch__option--${locale}`);
        return onPageWith(miniProgram, ROUTES.home, `.language-switch__option--${locale}.language-switch__option--on`);
      };
      await homeIn('zh-MO');
      await go('navigateTo', PAGES.desk, '.desk__entry--audit');
      await look('zh-MO-staff-desk');

      await miniProgram.callWxMethod('reLaunch', { url: `/${ROUTES.home}` });
      await elementOf(await homeIn('pt-PT'), '.home__glance', PRIVACY_COLD_MS);
      await look('pt-PT-home-signed-in');
      await go('navigateTo', PAGES.desk, '.desk__entry--audit');
      await look('pt-PT-staff-desk');
      // The credit-code field, whose Portuguese placeholder once ran past the field's edge (the
      // Macao one is a third as long).
      await go('navigateTo', PAGES.enterprise, 'input.enterprise__uscc');
      await look('pt-PT-enterprise');
      expect(findings).toEqual([]);
    },
    150_000,
  );
});
