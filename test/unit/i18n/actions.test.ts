import { tActions } from '../../../src/i18n/actions';
import { zhCNSessions } from '../../../src/i18n/zh-CN-sessions';

/** wx.showModal: confirmText / cancelText "最多 4 个字符"; wx.showToast with an icon: at most 7. */
describe('confirmation copy fits what WeChat draws', () => {
  it.each(Object.entries(tActions))('%s: buttons ≤ 4 characters, success toast ≤ 7', (_name, copy) => {
    expect([...copy.confirmText].length).toBeLessThanOrEqual(4);
    expect([...copy.cancelText].length).toBeLessThanOrEqual(4);
    expect([...copy.done].length).toBeLessThanOrEqual(7);
    expect(copy.title.length).toBeGreaterThan(0);
  });
});

describe('my sessions confirmation copy fits what WeChat draws', () => {
  const copies = [zhCNSessions.confirmEnd, zhCNSessions.confirmEndOthers, zhCNSessions.confirmFreeze];
  it.each(copies.map((copy) => [copy.title, copy]))('%s', (_title, copy) => {
    expect([...copy.confirmText].length).toBeLessThanOrEqual(4);
    expect([...copy.cancelText].length).toBeLessThanOrEqual(4);
    expect([...copy.done].length).toBeLessThanOrEqual(7);
  });
});
