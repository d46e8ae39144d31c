import { zhCNAudit as ta } from '../../src/i18n/zh-CN-audit';
import { tap, texts, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import { PAGES as ROUTES } from './support/routes';
import { adminIn, storyCloud } from './support/same-cloud';
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
      let desk = await onPage(miniProgram, PAGES.desk);
      await elementOf(desk, '.desk__entry--audit');
      desk = await saveScreenVariants(miniProgram, 'staff-desk');
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
      // The filter stays as typed while the language and 关怀模式 switch in place.
      page = await saveScreenVariants(miniProgram, 'audit-log-by-actor', { personData: ['admin_audit'] });

      // The credit-code field, whose Portuguese placeholder once ran past the field's edge (the
      // Macao one is a third as long). Routes go through wx directly: automator's own route calls
      // sleep a fixed 3 s each.
      await miniProgram.callWxMethod('navigateTo', { url: `/${PAGES.enterprise}` });
      await elementOf(await onPage(miniProgram, PAGES.enterprise), 'input.enterprise__uscc', PRIVACY_COLD_MS);
      await saveScreenVariants(miniProgram, 'enterprise');

      // A signed-in admin's home in Portuguese (the person registered by a call, so home first asks
      // this phone to agree, as on a first launch), the language switched in place as 我的 does it.
      // Its picture is home-signed-in-pt-PT, saved with the other three by the request screens' story.
      await miniProgram.callWxMethod('reLaunch', { url: `/${ROUTES.home}` });
      const gate = await onPage(miniProgram, ROUTES.agreement);
      await tap(gate, '.agreement__tick');
      await tap(gate, 'button.agreement__agree');
      await elementOf(await onPage(miniProgram, ROUTES.home, PRIVACY_COLD_MS), '.home__glance', PRIVACY_COLD_MS);
      await miniProgram.evaluate(`function (c) { window.__qybAutomator.choosePreferences(c); }`, { locale: 'pt-PT' });
      await onPageWith(miniProgram, ROUTES.home, '.language-switch__option--pt-PT.language-switch__option--on');
      await miniProgram.evaluate(`function (c) { window.__qybAutomator.choosePreferences(c); }`, { locale: 'zh-CN' });
    },
    150_000,
  );
});
