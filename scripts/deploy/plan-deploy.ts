/**
 * The deploy plan, computed without touching the network or the disk: what would be uploaded,
 * created and set, and every reason to refuse. Project artifacts (function configs, permissions,
 * runtime, collections, indexes, the variables the code reads) are always checked strictly.
 * Operator values are checked strictly as soon as any is supplied; with none at all (a fresh
 * clone's dry run) each one the deploy needs is listed as 待提供 / to be supplied.
 */
import {
  checkRuntime,
  planIndexes,
  undeclaredCollections,
  type IndexSpec,
  type PlannedIndex,
  type RuntimeDecl,
} from './cloud-declarations';
import { envNamesInBundle, literalCollectionsInBundle } from './bundle-facts';
import { checkDeploySettings, DEPLOY_SETTINGS, type DeploySettings } from './deploy-settings';
import { refusal, type Refusal } from './deploy.errors';
import { readFunctionConfig, type FunctionConfig } from './function-config';
import { missingOpenapiPermissions, openapiCallsInBundle } from './openapi-usage';
import { OPERATOR_VARIABLES, type Env, type OperatorVariable } from './operator-env';

export interface FunctionFacts {
  name: string;
  /** Parsed config.json, undefined when the file is missing. */
  configJson: unknown;
  /** The built dist/cloudfunctions/<name>/index.js, undefined when not built. */
  bundle: string | undefined;
}

export interface ProjectFacts {
  committedAppid: string;
  runtime: RuntimeDecl;
  functions: readonly FunctionFacts[];
  collections: readonly string[];
  indexes: readonly IndexSpec[];
}

export interface OperatorInput {
  env: Env;
  dryRun: boolean;
  uploadKeyExists?: boolean;
}

export type PlannedValue =
  { state: 'set'; value: string; secret: boolean } | { state: 'to-be-supplied' } | { state: 'default' };

export interface PlannedFunction extends FunctionConfig {
  name: string;
  runtime: string;
  env: { name: string; value: PlannedValue }[];
}

export interface DeployPlan {
  dryRun: boolean;
  strict: boolean;
  settings: DeploySettings;
  functions: PlannedFunction[];
  collections: readonly string[];
  indexes: PlannedIndex[];
  refusals: Refusal[];
}

/** True when the operator supplied anything at all: from then on every value is checked strictly. */
export function operatorSupplied(env: Env): boolean {
  const names = [...DEPLOY_SETTINGS, ...OPERATOR_VARIABLES.map((v) => v.name)];
  return names.some((name) => (env[name] ?? '').trim() !== '');
}

function planValue(
  variable: OperatorVariable,
  env: Env,
  strict: boolean,
  refusals: Refusal[],
  fn: string,
): PlannedValue {
  const value = env[variable.name]?.trim();
  if (!value) {
    if (!variable.required) return { state: 'default' };
    if (strict) refusals.push(refusal('ENV_MISSING', variable.name, `云函数 ${fn} 需要它：${variable.purpose}`));
    return { state: 'to-be-supplied' };
  }
  const problem = variable.check?.(value, env);
  if (problem) refusals.push(refusal(problem.code, variable.name, problem.message));
  return { state: 'set', value, secret: variable.secret };
}

function planFunction(fn: FunctionFacts, facts: ProjectFacts, env: Env, strict: boolean, refusals: Refusal[]) {
  const read = readFunctionConfig(fn.name, fn.configJson);
  refusals.push(...read.refusals);
  if (fn.bundle === undefined) {
    refusals.push(
      refusal('FUNCTION_BUNDLE_MISSING', fn.name, '未找到构建产物 dist/cloudfunctions/<name>/index.js（先构建）'),
    );
  }
  const bundle = fn.bundle ?? '';
  refusals.push(...missingOpenapiPermissions(fn.name, openapiCallsInBundle(bundle), read.config.openapi));
  refusals.push(...undeclaredCollections(fn.name, literalCollectionsInBundle(bundle), facts.collections));
  const planned: PlannedFunction = { name: fn.name, runtime: facts.runtime.name, ...read.config, env: [] };
  for (const name of envNamesInBundle(bundle)) {
    const variable = OPERATOR_VARIABLES.find((v) => v.name === name);
    if (!variable) {
      refusals.push(
        refusal('ENV_UNDECLARED', name, `云函数 ${fn.name} 读取它，但 scripts/deploy/operator-env.ts 未声明`),
      );
      continue;
    }
    planned.env.push({ name, value: planValue(variable, env, strict, refusals, fn.name) });
  }
  return planned;
}

/** Same refusal twice (a variable several functions need) is reported once. */
function distinct(refusals: Refusal[]): Refusal[] {
  const seen = new Set<string>();
  return refusals.filter((r) => {
    const key = `${r.code}|${r.subject}|${r.code === 'ENV_MISSING' ? '' : r.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function planDeploy(facts: ProjectFacts, operator: OperatorInput): DeployPlan {
  const strict = !operator.dryRun || operatorSupplied(operator.env);
  const refusals: Refusal[] = [...checkRuntime(facts.runtime)];
  const checked = checkDeploySettings({
    env: operator.env,
    committedAppid: facts.committedAppid,
    uploadKeyExists: operator.dryRun ? undefined : (operator.uploadKeyExists ?? false),
    strict,
  });
  refusals.push(...checked.refusals);
  const functions = facts.functions.map((fn) => planFunction(fn, facts, operator.env, strict, refusals));
  const indexes = planIndexes(facts.collections, facts.indexes);
  refusals.push(...indexes.refusals);
  return {
    dryRun: operator.dryRun,
    strict,
    settings: checked.settings,
    functions,
    collections: facts.collections,
    indexes: indexes.indexes,
    refusals: distinct(refusals),
  };
}
