/**
 * `npm run cloud`: the local cloud alone (or with the H5 app when CLOUD_STATIC_DIR is set).
 * Prefer `node --import tsx localcloud/main.ts`: the tsx CLI relays SIGTERM through a parent
 * process that SIGKILLs the server when the child does not answer within 30 ms (under load).
 */
import { localCloudTemplates } from '../cloudfunctions/lib/notify/subscription-templates';
import { DEFAULT_ENV, startLocalCloud } from './index';

function port(): number {
  const raw = process.env.CLOUD_PORT ?? '3900';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`CLOUD_PORT must be a port number, got ${raw}`);
  return n;
}

async function main(): Promise<void> {
  const templates = localCloudTemplates(process.env);
  const cloud = await startLocalCloud({
    port: port(),
    dataDir: process.env.CLOUD_DATA_DIR ?? '.data/cloud',
    functionsDir: process.env.CLOUD_FUNCTIONS_DIR ?? 'dist/cloudfunctions',
    staticDir: process.env.CLOUD_STATIC_DIR || undefined,
    logToStdout: process.env.CLOUD_LOG_STDOUT !== '0',
    // The app's subscription templates exist here as they do in the mini-program's WeChat account.
    subscriptions: {
      templates: templates.map((t) => t.id),
      longTermTemplates: templates.filter((t) => t.longTerm).map((t) => t.id),
    },
    timers: {
      envs: [DEFAULT_ENV],
      onFire: (f) => console.log(`timer ${f.functionName}/${f.triggerName} (${f.env}) at ${f.at}: ${f.outcome}`),
    },
  });
  console.log(`serviceUrl: ${cloud.serviceUrl}`);
  if (process.env.CLOUD_STATIC_DIR) console.log(`app: ${cloud.origin}/`);
  console.log(`dev endpoints: ${cloud.origin}/__dev/identity`);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`localcloud: ${signal}, shutting down`);
    setTimeout(() => process.exit(1), 5000).unref();
    cloud.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
