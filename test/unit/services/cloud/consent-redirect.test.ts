import { createCloudClient } from '../../../../src/services/cloud/client';
import { leadToConsent } from '../../../../src/services/cloud/consent-redirect';
import { ROUTES, currentRoute, navigate } from '../../../../src/platform/navigation';

// Taro's runtime does not load in Node: the two routes this test needs, as navigation.ts names them.
jest.mock('../../../../src/platform/navigation', () => ({
  ROUTES: { agreement: '/pages/agreement/index', privacyCenter: '/packages/privacy/pages/center/index' },
  navigate: jest.fn(),
  redirect: jest.fn(),
  currentRoute: jest.fn(() => '/pages/index/index'),
}));
jest.mock('../../../../src/i18n', () => ({ t: { errors: { internal: '系统繁忙', network: '网络异常' } } }));

const refused = (code: string) => ({ ok: false, error: { code, message: '拒绝' } });

describe('a refusal for want of consent, from any call', () => {
  beforeEach(() => jest.mocked(navigate).mockClear());

  it('is heard once for every call the client makes, with its code', async () => {
    const heard: string[] = [];
    const client = createCloudClient({ callFunction: async (name) => refused(`X.${name}`) }, (c) => heard.push(c));
    await client.call('requests', 'submit');
    await client.call('files', 'prepareUpload');
    const ok = createCloudClient({ callFunction: async () => ({ ok: true, data: 1 }) }, (c) => heard.push(c));
    await ok.call('feedback', 'mine');
    expect(heard).toEqual(['X.requests', 'X.files']);
  });

  it('CONSENT.REQUIRED leads to the agreement gate; SENSITIVE_REQUIRED to the privacy center', () => {
    leadToConsent('CONSENT.REQUIRED');
    leadToConsent('CONSENT.SENSITIVE_REQUIRED');
    leadToConsent('ACCOUNT.NOT_SIGNED_IN');
    expect(jest.mocked(navigate).mock.calls).toEqual([
      [ROUTES.agreement, undefined],
      [ROUTES.privacyCenter, { focus: 'sensitive' }],
    ]);
  });

  it('stays put when the person is already there', () => {
    jest.mocked(currentRoute).mockReturnValue(ROUTES.agreement);
    leadToConsent('CONSENT.REQUIRED');
    expect(navigate).not.toHaveBeenCalled();
  });
});
