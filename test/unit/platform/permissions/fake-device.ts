import { fakeWeChat, type FakeWeChatOptions } from './fake-wechat';

/** WeChat's answer when something fails, as wx APIs reject. */
export const wxFail = (api: string, reason: string, extra: Record<string, unknown> = {}) => ({
  errMsg: `${api}:fail ${reason}`,
  ...extra,
});

/**
 * A stand-in for the wx API table: WeChat's settings behaviour (fakeWeChat) plus the capability
 * calls as jest functions and an in-memory file system. Tests install it over the mocked table.
 */
export function fakeDevice(options: FakeWeChatOptions = {}) {
  const wechat = fakeWeChat(options);
  const files = new Map<string, Uint8Array>();
  const table = {
    ...wechat.api,
    getLocation: jest.fn(),
    chooseLocation: jest.fn(),
    chooseMedia: jest.fn(),
    chooseMessageFile: jest.fn(),
    getRecorderManager: jest.fn(),
    makePhoneCall: jest.fn(),
    scanCode: jest.fn(),
    requestSubscribeMessage: jest.fn(),
    getNetworkType: jest.fn(),
    onNetworkStatusChange: jest.fn(),
    offNetworkStatusChange: jest.fn(),
    userDataPath: () => 'wxfile://usr',
    getFileSystemManager: () => ({
      readFile: (o: { filePath: string; success: (r: { data: ArrayBuffer }) => void; fail: (e: unknown) => void }) => {
        const bytes = files.get(o.filePath);
        if (bytes) o.success({ data: bytes.slice().buffer });
        else o.fail(wxFail('readFile', 'no such file'));
      },
      writeFile: (o: { filePath: string; data: ArrayBuffer; success: () => void }) => {
        files.set(o.filePath, new Uint8Array(o.data));
        o.success();
      },
    }),
  };
  return { ...wechat, table, files };
}

/** Replaces every entry of the (mocked) wx table with the fake's. */
export function install(target: object, device: ReturnType<typeof fakeDevice>): void {
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, device.table);
}
