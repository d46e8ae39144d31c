/** config.json as CloudBase accepts it: defaults, the 60 s and memory limits, permissions.openapi. */
import {
  DEFAULT_MEMORY_MB,
  DEFAULT_TIMEOUT_S,
  FunctionConfigError,
  parseFunctionConfig,
} from '../../../localcloud/functions/function-config';

const parse = (value: unknown) =>
  parseFunctionConfig(typeof value === 'string' ? value : JSON.stringify(value), 'f/config.json');

describe('parseFunctionConfig', () => {
  it('gives CloudBase defaults (3 s, 256 MB, no openapi) for an empty object', () => {
    expect(parse({})).toEqual({ timeoutMs: DEFAULT_TIMEOUT_S * 1000, memoryMb: DEFAULT_MEMORY_MB, openapi: [] });
    expect(DEFAULT_TIMEOUT_S).toBe(3);
  });

  it('reads timeout, memorySize and permissions.openapi', () => {
    expect(parse({ timeout: 60, memorySize: 512, permissions: { openapi: ['subscribeMessage.send'] } })).toEqual({
      timeoutMs: 60_000,
      memoryMb: 512,
      openapi: ['subscribeMessage.send'],
    });
  });

  it.each([
    [{ timeout: 61 }, 'timeout must be a whole number of seconds 1–60, got 61'],
    [{ timeout: 0 }, 'timeout must be a whole number of seconds 1–60, got 0'],
    [{ timeout: '10' }, 'timeout must be a whole number of seconds 1–60, got "10"'],
    [{ timeout: 2.5 }, 'timeout must be a whole number of seconds 1–60, got 2.5'],
    [{ memorySize: 32 }, 'memorySize must be whole MB 64–3072, got 32'],
    [{ memorySize: 4096 }, 'memorySize must be whole MB 64–3072, got 4096'],
    [{ permissions: [] }, 'permissions must be an object'],
    [{ permissions: { openapi: 'subscribeMessage.send' } }, 'permissions.openapi must be an array'],
    [{ permissions: { openapi: ['subscribeMessage send'] } }, 'permissions.openapi must be an array'],
    ['{ "timeout": 10, }', 'not valid JSON ('],
    ['[]', 'must be a JSON object'],
  ])('refuses %j, naming the file and the problem', (value, problem) => {
    expect(() => parse(value)).toThrow(FunctionConfigError);
    expect(() => parse(value)).toThrow(`f/config.json: ${problem}`);
  });
});
