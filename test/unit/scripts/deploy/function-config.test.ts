import { readFunctionConfig } from '../../../../scripts/deploy/function-config';

const codes = (json: unknown) => readFunctionConfig('notify', json).refusals.map((r) => r.code);

describe('readFunctionConfig: permissions.openapi', () => {
  it('reads the declared openapi names without a refusal', () => {
    const { config, refusals } = readFunctionConfig('notify', { permissions: { openapi: ['subscribeMessage.send'] } });
    expect(config.openapi).toEqual(['subscribeMessage.send']);
    expect(refusals).toEqual([]);
  });

  it('needs no permissions at all', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ permissions: {} })).toEqual([]);
  });

  it('refuses a malformed openapi list instead of dropping it silently', () => {
    expect(codes({ permissions: { openapi: 'subscribeMessage.send' } })).toEqual(['FUNCTION_PERMISSIONS_INVALID']);
    expect(codes({ permissions: { openapi: ['subscribeMessage.send', 7] } })).toEqual(['FUNCTION_PERMISSIONS_INVALID']);
    expect(codes({ permissions: ['subscribeMessage.send'] })).toEqual(['FUNCTION_PERMISSIONS_INVALID']);
  });
});
