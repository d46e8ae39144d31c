import { PERMISSIONS } from '../../../../src/platform/permissions/catalog';
import { ensure } from '../../../../src/platform/permissions/ensure';
import { t } from '../../../../src/i18n';
import { enPackages } from '../../../../src/i18n/en-packages';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { zhCNPackages } from '../../../../src/i18n/zh-CN-packages';
import { fakeWeChat } from './fake-wechat';

// WeChat cannot exist here: every test passes a fake as the API table, so the real one is never loaded.
jest.mock('../../../../src/platform/wx-api', () => ({ wxApi: {} }));

const location = PERMISSIONS.location;

describe('ensure', () => {
  describe('after a language switch in place', () => {
    afterEach(() => applyLocale('zh-CN'));

    it('names and explains each permission in the new language', () => {
      expect(location.name).toBe(zhCNPackages.permissions.items.location.name);
      applyLocale('en');
      expect(location.name).toBe(enPackages.permissions.items.location.name);
      expect(location.purpose).toBe(enPackages.permissions.items.location.purpose);
    });

    it('words a refusal a screen kept in the language it is read in', async () => {
      const result = await ensure('microphone', fakeWeChat({ allowsInPopup: false }).api);
      expect(result.status === 'denied' && result.message).toBe(zhCNPackages.permissions.items.microphone.refusal);
      applyLocale('en');
      expect(result.status === 'denied' && result.message).toBe(enPackages.permissions.items.microphone.refusal);
    });
  });

  describe('when the scope was never asked', () => {
    it('shows the purpose first, then asks WeChat, and grants', async () => {
      const wechat = fakeWeChat();
      await expect(ensure('location', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toEqual(['getSetting', 'showModal', 'authorize:scope.userLocation', 'popup']);
      expect(wechat.modals[0].content).toBe(location.purpose);
      expect(wechat.authSetting()['scope.userLocation']).toBe(true);
    });

    it('does not ask WeChat when the person declines our explanation, so it can ask again later', async () => {
      const wechat = fakeWeChat({ confirmsOurDialog: false });
      const result = await ensure('location', wechat.api);
      expect(result).toEqual({ status: 'denied', reason: 'dismissed', message: location.refusal });
      expect(wechat.calls).not.toContain('authorize:scope.userLocation');
      expect(wechat.authSetting()['scope.userLocation']).toBeUndefined();
    });

    it('is denied when the person refuses in WeChat’s popup', async () => {
      const wechat = fakeWeChat({ allowsInPopup: false });
      const result = await ensure('microphone', wechat.api);
      expect(result).toEqual({ status: 'denied', reason: 'refused', message: PERMISSIONS.microphone.refusal });
      expect(wechat.authSetting()['scope.record']).toBe(false);
    });
  });

  describe('when the scope is already granted', () => {
    it('grants without any dialog', async () => {
      const wechat = fakeWeChat({ authSetting: { 'scope.camera': true } });
      await expect(ensure('camera', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toEqual(['getSetting']);
    });
  });

  describe('when the person refused before', () => {
    it('explains and opens the settings page, and grants when they turn it on there', async () => {
      const wechat = fakeWeChat({ authSetting: { 'scope.userLocation': false }, turnsOnInSettings: true });
      await expect(ensure('location', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toEqual(['getSetting', 'showModal', 'openSetting']);
      expect(wechat.modals[0].content).toContain(location.refusal);
    });

    it('stays denied when they leave it off in settings', async () => {
      const wechat = fakeWeChat({ authSetting: { 'scope.userLocation': false }, turnsOnInSettings: false });
      await expect(ensure('location', wechat.api)).resolves.toMatchObject({ status: 'denied', reason: 'refused' });
    });

    it('does not open settings when they choose “later”', async () => {
      const wechat = fakeWeChat({ authSetting: { 'scope.userLocation': false }, confirmsOurDialog: false });
      await expect(ensure('location', wechat.api)).resolves.toMatchObject({ status: 'denied', reason: 'refused' });
      expect(wechat.calls).not.toContain('openSetting');
    });

    it('walks never asked → denied → openSetting → granted across calls', async () => {
      const refusing = fakeWeChat({ allowsInPopup: false, turnsOnInSettings: true });
      await expect(ensure('location', refusing.api)).resolves.toMatchObject({ status: 'denied' });
      await expect(ensure('location', refusing.api)).resolves.toEqual({ status: 'granted' });
      expect(refusing.calls.filter((c) => c === 'popup')).toHaveLength(1);
    });
  });

  describe('when WeChat’s privacy authorization is missing', () => {
    it('treats 104 (not authorized) as a refusal with a clear message', async () => {
      const wechat = fakeWeChat({ privacyAuthorized: false });
      await expect(ensure('location', wechat.api)).resolves.toEqual({
        status: 'denied',
        reason: 'privacy-not-authorized',
        message: t.permissions.privacyNotAuthorized,
      });
    });

    it('treats 112 (not declared) as a refusal with a clear message', async () => {
      const wechat = fakeWeChat({ privacyDeclared: false });
      await expect(ensure('camera', wechat.api)).resolves.toEqual({
        status: 'denied',
        reason: 'privacy-not-declared',
        message: t.permissions.privacyNotDeclared,
      });
    });
  });

  describe('when WeChat itself lacks the phone’s system permission', () => {
    it('explains it and does not ask the mini-program scope', async () => {
      const wechat = fakeWeChat({ system: { microphoneAuthorized: 'denied' } });
      await expect(ensure('microphone', wechat.api)).resolves.toMatchObject({
        status: 'denied',
        reason: 'system-denied',
      });
      expect(wechat.calls).not.toContain('authorize:scope.record');
    });
  });

  describe('permissions without a scope', () => {
    it('leaves pickers (album, files, phone call) to WeChat’s own sheet', async () => {
      const wechat = fakeWeChat();
      for (const id of ['album', 'files', 'phoneCall'] as const) {
        await expect(ensure(id, wechat.api)).resolves.toEqual({ status: 'granted' });
      }
      expect(wechat.calls.filter((c) => c.startsWith('authorize'))).toEqual([]);
    });

    it('needs nothing for the network type', async () => {
      const wechat = fakeWeChat();
      await expect(ensure('network', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toEqual([]);
    });

    it('says phone state is not something a mini-program can have', async () => {
      const wechat = fakeWeChat();
      await expect(ensure('phoneState', wechat.api)).resolves.toMatchObject({ status: 'unavailable' });
      expect(wechat.calls).toEqual([]);
    });

    it('offers settings when subscription messages are switched off', async () => {
      const wechat = fakeWeChat({ mainSwitch: false, turnsOnInSettings: true });
      await expect(ensure('push', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toContain('openSetting');
    });
  });

  describe('where WeChat settings do not exist (H5)', () => {
    it('lets the browser API ask instead of failing', async () => {
      const wechat = fakeWeChat({ noSettings: true });
      await expect(ensure('location', wechat.api)).resolves.toEqual({ status: 'granted' });
      expect(wechat.calls).toEqual(['getSetting']);
    });
  });

  it('never rejects, even when a WeChat call throws unexpectedly', async () => {
    const wechat = fakeWeChat();
    wechat.api.showModal = () => Promise.reject(new Error('boom'));
    await expect(ensure('location', wechat.api)).resolves.toEqual({
      status: 'unavailable',
      message: t.permissions.failed,
    });
  });
});
