import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import automator from 'miniprogram-automator';
import { RESULTS_DIR, saveFailure } from '../support/failure-artifacts';
import { headlessEndpoint } from '../support/headless-bridge';

jest.setTimeout(30_000);

describe('a failed story leaves what a tester needs', () => {
  const dir = path.join(RESULTS_DIR, 'artifacts-probe');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves a screenshot and the console log under test-results/e2e/<spec>/', async () => {
    const miniProgram = await automator.connect({ wsEndpoint: await headlessEndpoint() });
    try {
      await saveFailure('/x/artifacts-probe.spec.ts', 'agreeing: leads home', miniProgram, ['[log] hello']);
    } finally {
      miniProgram.disconnect();
    }
    const png = readFileSync(path.join(dir, 'agreeing-leads-home.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const log = readFileSync(path.join(dir, 'agreeing-leads-home.log'), 'utf8');
    expect(log).toContain('story: agreeing: leads home');
    expect(log).toMatch(/page: pages\/(agreement|index)\/index/);
    expect(log).toContain('[log] hello');
    expect(existsSync(dir)).toBe(true);
  });
});
