import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { openMiniProgram, releaseMiniProgram, storyRunner } from './mini-program';
import { saveFailure } from './failure-artifacts';

const STORY_TIMEOUT_MS = 60_000;

/**
 * One user story from start to end, on a mini-program that starts from nothing. When it fails, a
 * screenshot and the page's console log are saved under test-results/e2e/<spec>/. A story that
 * crosses several people and cold functions may ask for more than the default time.
 */
export function story(
  name: string,
  body: (miniProgram: MiniProgram) => Promise<void>,
  timeoutMs = STORY_TIMEOUT_MS,
): void {
  const specPath = expect.getState().testPath ?? 'unknown.spec.ts';
  storyRunner(
    name,
    async () => {
      const miniProgram = await openMiniProgram();
      const log: string[] = [];
      const onConsole = (message: { type?: string; args?: unknown[] }) =>
        log.push(`[${message.type ?? 'log'}] ${(message.args ?? []).map((a) => stringify(a)).join(' ')}`);
      const onException = (error: { message?: string; stack?: string }) =>
        log.push(`[exception] ${error.stack || error.message || ''}`);
      miniProgram.on('console', onConsole);
      miniProgram.on('exception', onException);
      try {
        await body(miniProgram);
      } catch (error) {
        await saveFailure(specPath, name, miniProgram, log);
        throw error;
      } finally {
        miniProgram.off('console', onConsole);
        miniProgram.off('exception', onException);
        await releaseMiniProgram(miniProgram);
      }
    },
    timeoutMs,
  );
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
