import {
  emptyAttempts,
  gate,
  recordFailure,
  recordSuccess,
} from '../../../../../cloudfunctions/lib/account/login-throttle';

const limits = { maxFailures: 5, lockMs: 900_000, delayMs: 1000 };

describe('login throttle', () => {
  it('lets the first attempts through, then makes each wait twice as long', () => {
    let r = emptyAttempts('account:a');
    r = recordFailure(recordFailure(r, 0, limits), 0, limits);
    expect(gate(r, 0, limits)).toEqual({ allowed: true });
    r = recordFailure(r, 0, limits);
    expect(gate(r, 999, limits)).toEqual({ allowed: false, reason: 'too-fast', retryAt: 1000 });
    r = recordFailure(r, 1000, limits);
    expect(gate(r, 2999, limits)).toMatchObject({ reason: 'too-fast', retryAt: 3000 });
  });

  it('locks at the limit, and each later lock lasts twice as long', () => {
    let r = emptyAttempts('account:a');
    for (let i = 0; i < 5; i += 1) r = recordFailure(r, 0, limits);
    expect(gate(r, 899_999, limits)).toMatchObject({ reason: 'locked', retryAt: 900_000 });
    expect(gate(r, 900_000, limits)).toEqual({ allowed: true });
    for (let i = 0; i < 5; i += 1) r = recordFailure(r, 900_000, limits);
    expect(r.lockedUntil).toBe(900_000 + 1_800_000);
  });

  it('forgets failures a day old, and success clears everything', () => {
    let r = recordFailure(recordFailure(emptyAttempts('k'), 0, limits), 0, limits);
    expect(recordFailure(r, 86_400_001, limits).failures).toBe(1);
    r = recordSuccess(r);
    expect(r).toEqual(emptyAttempts('k'));
  });
});
