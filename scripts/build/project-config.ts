/**
 * WeChat DevTools merges project.private.config.json (git-ignored) over project.config.json. The
 * committed file carries the tourist appid placeholder; a developer's own appid comes from .env.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEnv } from '../env/project-env';

const root = resolve(__dirname, '..', '..');
const env = loadEnv(root);
if (env.QYB_APPID) {
  const file = join(root, 'project.private.config.json');
  writeFileSync(file, `${JSON.stringify({ appid: env.QYB_APPID, projectname: 'qinyiban' }, null, 2)}\n`);
  console.log(`project.private.config.json: appid ${env.QYB_APPID}`);
} else {
  console.log('QYB_APPID not set: DevTools opens the project with the tourist appid (see .env.example)');
}
