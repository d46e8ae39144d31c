import { parsePushArgs, progressLine } from '../../../../scripts/staff/push';

const args = (list: string[]) => ({
  option: (name: string) => {
    const i = list.indexOf(`--${name}`);
    return i >= 0 ? list[i + 1] : undefined;
  },
  flag: (name: string) => list.includes(`--${name}`),
});

describe('staff push command', () => {
  it('reads one audience and the message', () => {
    const a = args(['--title', '维护', '--body', '周六停机', '--policy', 'privacy-policy@2026.2']);
    expect(parsePushArgs(a.option, a.flag)).toEqual({
      title: '维护',
      body: '周六停机',
      kind: 'staff.push',
      audience: { type: 'policy', documentId: 'privacy-policy', version: '2026.2' },
    });
    const b = args(['--title', 't', '--body', 'b', '--everyone', '--kind', 'maintenance']);
    expect(parsePushArgs(b.option, b.flag)).toMatchObject({ kind: 'maintenance', audience: { type: 'everyone' } });
  });

  it('refuses no audience, two audiences, or a malformed policy', () => {
    for (const list of [
      ['--title', 't', '--body', 'b'],
      ['--title', 't', '--body', 'b', '--to', 'x', '--everyone'],
      ['--title', 't', '--body', 'b', '--policy', 'cookie-policy@1'],
      ['--body', 'b', '--everyone'],
    ]) {
      const a = args(list);
      expect(typeof parsePushArgs(a.option, a.flag)).toBe('string');
    }
  });

  it('draws the progress bar from the job’s counts, inbox deliveries apart from WeChat sends', () => {
    const line = progressLine(
      {
        jobId: 'j',
        status: 'sending',
        audienceSize: 200,
        done: 50,
        inbox: 50,
        sent: 40,
        skipped: 9,
        failed: 1,
        failures: {},
        skips: {},
      },
      20,
    );
    expect(line).toBe('[#####---------------]  50/200  25%  inbox 50 · wechat sent 40 · skipped 9 · failed 1');
  });
});
