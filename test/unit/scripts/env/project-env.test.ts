import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv, parseDotenv } from '../../../../scripts/env/project-env';

function dirWith(dotenv?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qyb-env-'));
  if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv);
  return dir;
}

describe('loadEnv', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(loadEnv(dirWith(), {})).toEqual({
      QYB_APPID: '',
      QYB_CLOUD_ENV: '',
      CLOUD_PORT: 3900,
      CLOUD_DATA_DIR: '.data/cloud',
    });
  });

  it('reads .env and lets the process environment win', () => {
    const dir = dirWith('QYB_APPID=wx0123456789abcdef\nCLOUD_PORT=4000\n');
    expect(loadEnv(dir, { CLOUD_PORT: '4100' })).toMatchObject({ QYB_APPID: 'wx0123456789abcdef', CLOUD_PORT: 4100 });
  });

  it.each([
    ['QYB_APPID', 'not-an-appid'],
    ['CLOUD_PORT', 'abc'],
    ['CLOUD_PORT', '70000'],
    ['QYB_CLOUD_ENV', 'Prod Env'],
  ])('refuses %s=%s with a message naming the setting', (key, value) => {
    expect(() => loadEnv(dirWith(), { [key]: value })).toThrow(key);
  });
});

describe('parseDotenv', () => {
  it('ignores comments and strips quotes', () => {
    expect(parseDotenv('# c\nA="1"\nB=\'two\'\n\nC=3')).toEqual({ A: '1', B: 'two', C: '3' });
  });
});
