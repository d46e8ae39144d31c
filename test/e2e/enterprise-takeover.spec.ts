import { randomUUID } from 'node:crypto';
import type Page from 'miniprogram-automator/out/Page';
import { sensitiveFields } from '../../cloudfunctions/lib/account/sensitive-fields';
import type { EnterpriseView } from '../../cloudfunctions/lib/contract/enterprise';
import type { InboxPage } from '../../cloudfunctions/lib/contract/notify';
import { createFieldCipher } from '../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../cloudfunctions/lib/crypto/keys';
import type { EnterpriseRecord } from '../../cloudfunctions/lib/enterprise/enterprise.record';
import { enterpriseSeal } from '../../cloudfunctions/lib/enterprise/enterprise-view';
import { LOCAL_REGISTRY_SEED } from '../../cloudfunctions/lib/enterprise/local-enterprise-registry-stand-in';
import { zhCNRequests as tr } from '../../src/i18n/zh-CN-requests';
import { sdkAt } from '../support/local-cloud';
import { buildJpeg } from '../unit/platform/permissions/jpeg-fixture';
import { tap, textOf, type } from './support/interact';
import { PERSON, registerByCall } from './support/register';
import {
  documentOf,
  personIn,
  reviewerIn,
  staffVerified,
  storyCloud,
  storyOpenid,
  type StoryCloud,
} from './support/same-cloud';
import { saveScreenVariants } from './support/screen-variants';
import { story } from './support/story';
import { COLD_FUNCTION_MS, onPage, until } from './support/wait';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

const ENTERPRISE_PAGE = 'packages/services/pages/enterprise/index';
const PHOTO = Uint8Array.from(buildJpeg({ gps: false, picture: true }));
const CONFIRM_MODAL = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
/** Seeded in the registry's local stand-in with PERSON's residence permit as its legal representative. */
const SEEDED = LOCAL_REGISTRY_SEED.find((e) => e.legalRep.number === PERSON.document);
const SQUATTER_SERIAL = 905;

/**
 * The squat as the code before the registry check stored it (issue 15, finding 1): the squatter
 * named their own residence permit as the legal representative. Registering it that way today is
 * refused (the story shows that first), so the story writes it from the console, sealed with the
 * local cloud's keys as the functions seal it.
 */
async function squatStoredBeforeTheCheck(cloud: StoryCloud, squatterId: string, uscc: string, name: string) {
  const keys = loadCryptoKeys(process.env);
  const cipher = createFieldCipher(keys);
  const id = randomUUID().replace(/-/g, '');
  const sealed = enterpriseSeal(cipher, id);
  const number = documentOf(SQUATTER_SERIAL);
  const squat: Omit<EnterpriseRecord, '_id'> = {
    uscc,
    name,
    legalRepName: sealed.seal('legalRepName', '李工作'),
    legalRepDocumentType: 'residence-permit',
    legalRepDocumentNumber: sealed.seal('legalRepDocumentNumber', number),
    legalRepDocumentIndex: sensitiveFields(cipher, keys.indexKey).documentIndex('residence-permit', number),
    registeredBy: squatterId,
    registeredAt: Date.now(),
  };
  const db = sdkAt(cloud.serviceUrl, { env: cloud.env }).database();
  await db.collection(COLLECTIONS.enterprises).doc(id).set({ data: squat });
}

async function accountIdOf(cloud: StoryCloud, accountName: string): Promise<string> {
  const db = sdkAt(cloud.serviceUrl, { env: cloud.env }).database();
  const found = await db.collection(COLLECTIONS.accounts).where({ accountName }).get();
  const id = (found.data[0] as { _id?: string } | undefined)?._id;
  if (!id) throw new Error(`no account ${accountName}`);
  return id;
}

function textIs(page: Page, selector: string, expected: string): Promise<true> {
  return until(
    `${selector} to read ${expected}`,
    async () => (await (await page.$(selector))?.text()) === expected,
    COLD_FUNCTION_MS,
  );
}

describe('a squatted enterprise', () => {
  story(
    'is taken over by its real legal representative, who then manages it; the squatter loses it and is told',
    async (miniProgram) => {
      if (!SEEDED) throw new Error('the registry stand-in seeds no enterprise for PERSON');
      // The real legal representative (a Macao resident) registers; staff verify her permit (L2).
      await registerByCall(miniProgram, { ...PERSON, accountName: 'real_legal_rep' });
      const cloud = await storyCloud(miniProgram);
      const reviewer = await reviewerIn(cloud, 'takeover');
      await staffVerified(personIn(cloud, await storyOpenid(miniProgram)), reviewer, PHOTO);

      // The squatter, also L2, names their own permit: the registry check refuses it today.
      const squatter = personIn(cloud, 'oSquatterTakeover'.padEnd(28, '0'));
      await squatter.register('squatter_tko', SQUATTER_SERIAL);
      await staffVerified(squatter, reviewer, PHOTO);
      await expect(
        squatter.call('requests', 'registerEnterprise', {
          uscc: SEEDED.uscc,
          name: SEEDED.name,
          legalRepresentative: {
            name: '李工作',
            document: { type: 'residence-permit', number: documentOf(SQUATTER_SERIAL) },
          },
        }),
      ).rejects.toThrow('ENTERPRISE.REGISTRY_MISMATCH');
      await squatStoredBeforeTheCheck(cloud, await accountIdOf(cloud, 'squatter_tko'), SEEDED.uscc, SEEDED.name);
      const before = await squatter.call<EnterpriseView[]>('requests', 'myEnterprises', {});
      expect(before.map((e) => e.uscc)).toEqual([SEEDED.uscc]);

      // She registers it on the enterprise page: refused, and offered the takeover.
      await miniProgram.navigateTo(`/${ENTERPRISE_PAGE}`);
      const page = await onPage(miniProgram, ENTERPRISE_PAGE);
      await type(page, 'input.enterprise__uscc', SEEDED.uscc);
      await type(page, 'input.enterprise__name', SEEDED.name);
      await type(page, 'input.enterprise__representative', PERSON.realName);
      await tap(page, '.enterprise__doc-type--residence-permit');
      await type(page, 'input.enterprise__doc-number', PERSON.document);
      await tap(page, 'button.enterprise__register');
      /** What she typed: the enterprise's code and name, her name and permit number. */
      const typed = [SEEDED.uscc, SEEDED.name, PERSON.realName, PERSON.document];
      await until('the takeover offer', () => page.$('.enterprise__takeover'), COLD_FUNCTION_MS);
      expect(await textOf(page, '.enterprise__takeover .svc__card-title')).toBe(tr.enterprise.takeover.title);
      expect(await page.$('.enterprise__error')).toBeNull();
      expect(await textOf(page, '.enterprise__takeover-explain')).toBe(tr.enterprise.takeover.explain);
      expect(await textOf(page, 'button.enterprise__take-over')).toBe(tr.enterprise.takeover.action);
      await saveScreenVariants(miniProgram, 'enterprise-takeover-offered', { personData: typed });

      await miniProgram.mockWxMethod('showModal', CONFIRM_MODAL);
      await tap(page, 'button.enterprise__take-over');
      await textIs(page, '.enterprise__notice', tr.enterprise.takeover.takenOver(SEEDED.name));
      await until('the enterprise she now manages', () => page.$('.enterprise__represented'), COLD_FUNCTION_MS);
      expect(await textOf(page, '.enterprise__represented')).toContain(SEEDED.name);
      expect(await page.$('.enterprise__takeover')).toBeNull();
      await saveScreenVariants(miniProgram, 'enterprise-taken-over', { personData: typed });

      // The squatter no longer has it, cannot manage it, and was told by the server.
      expect(await squatter.call<EnterpriseView[]>('requests', 'myEnterprises', {})).toEqual([]);
      await expect(squatter.call('requests', 'enterpriseGrants', { enterpriseId: before[0]?.id })).rejects.toThrow(
        'ENTERPRISE.NOT_LEGAL_REPRESENTATIVE',
      );
      const inbox = await squatter.call<InboxPage>('notify', 'inbox', {});
      expect(inbox.messages.map((m) => m.title)).toContain('企业登记已由法定代表人接管');
    },
    240_000,
  );
});
