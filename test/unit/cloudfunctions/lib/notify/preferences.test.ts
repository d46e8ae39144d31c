import { LOCKED_KINDS } from '../../../../../cloudfunctions/lib/contract/notify';
import { channelEnabled, choiceKey, preferenceRows } from '../../../../../cloudfunctions/lib/notify/preferences';

describe('notice preferences', () => {
  it('security and legal kinds are locked on for every channel, whatever is stored', () => {
    const choices = Object.fromEntries(LOCKED_KINDS.map((k) => [choiceKey(k, 'wechat'), false]));
    for (const kind of LOCKED_KINDS) {
      expect(channelEnabled(choices, kind, 'wechat')).toBe(true);
      expect(channelEnabled(choices, kind, 'sms')).toBe(true);
    }
    expect(
      preferenceRows(choices)
        .filter((r) => r.locked)
        .map((r) => r.kind)
        .sort(),
    ).toEqual([...LOCKED_KINDS].sort());
  });

  it('other kinds follow the person’s choice, else WeChat on and SMS / email off', () => {
    expect(channelEnabled(undefined, 'staff.push', 'wechat')).toBe(true);
    expect(channelEnabled(undefined, 'staff.push', 'sms')).toBe(false);
    const choices = { [choiceKey('staff.push', 'wechat')]: false, [choiceKey('maintenance', 'email')]: true };
    expect(channelEnabled(choices, 'staff.push', 'wechat')).toBe(false);
    expect(channelEnabled(choices, 'maintenance', 'email')).toBe(true);
    expect(choiceKey('request.status', 'sms')).toBe('request_status__sms');
  });
});
