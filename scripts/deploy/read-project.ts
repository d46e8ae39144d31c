/** Reads the project's facts and the operator's values from disk: the only IO the plan needs. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDotenv } from '../env/project-env';
import { CLOUD_RUNTIME } from '../../config/cloud/runtime';
import { INDEXES } from '../../config/cloud/indexes';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';
import type { FunctionFacts, ProjectFacts } from './plan-deploy';
import { DEPLOY_SETTINGS } from './deploy-settings';
import { OPERATOR_VARIABLES, type Env } from './operator-env';

const readJson = (file: string): unknown => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

export function functionNames(root: string): string[] {
  const source = join(root, 'cloudfunctions');
  return readdirSync(source, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'lib' && existsSync(join(source, e.name, 'index.ts')))
    .map((e) => e.name)
    .sort();
}

export function readProjectFacts(root: string): ProjectFacts {
  const functions: FunctionFacts[] = functionNames(root).map((name) => {
    const bundle = join(root, 'dist', 'cloudfunctions', name, 'index.js');
    return {
      name,
      configJson: readJson(join(root, 'cloudfunctions', name, 'config.json')),
      bundle: existsSync(bundle) ? readFileSync(bundle, 'utf8') : undefined,
    };
  });
  const project = readJson(join(root, 'project.config.json')) as { appid?: string } | undefined;
  return {
    committedAppid: project?.appid ?? '',
    runtime: CLOUD_RUNTIME,
    functions,
    collections: Object.values(COLLECTIONS),
    indexes: INDEXES,
  };
}

/**
 * The operator's values: `.env.deploy` (git-ignored), with the process environment winning. Only
 * the declared names are taken, so a developer's shell (npm start sets stand-ins) is not mistaken
 * for a production value unless it is one of them.
 */
export function readOperatorEnv(root: string, processEnv: Env = process.env): Record<string, string> {
  const file = join(root, '.env.deploy');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : {};
  const names = [
    ...DEPLOY_SETTINGS,
    ...OPERATOR_VARIABLES.map((v) => v.name),
    'TENCENTCLOUD_SECRETID',
    'TENCENTCLOUD_SECRETKEY',
  ];
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = processEnv[name] ?? fromFile[name];
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}
