/**
 * The CloudBase manager adapter over @cloudbase/manager-node (TENCENTCLOUD_SECRETID/SECRETKEY).
 * Runtime, handler and code type can only be given at CreateFunction (manager-node's own note), so
 * a function that exists on another runtime is refused, not silently kept.
 */
import CloudBase from '@cloudbase/manager-node';
import type { PlannedIndex } from './cloud-declarations';
import { DeployStepError, type CloudManagerTarget, type FunctionSettings } from './deploy-target';

export interface ManagerOptions {
  envId: string;
  secretId: string;
  secretKey: string;
  /** dist/cloudfunctions: each function's code folder is <root>/<name>. */
  functionRoot: string;
}

const notFound = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  String((error as { code?: unknown }).code).includes('ResourceNotFound');

export function managerNodeTarget(options: ManagerOptions): CloudManagerTarget {
  const app = new CloudBase({ envId: options.envId, secretId: options.secretId, secretKey: options.secretKey });
  return {
    async ensureFunction(s: FunctionSettings) {
      let runtime: string | undefined;
      try {
        runtime = (await app.functions.getFunctionDetail(s.name)).Runtime;
      } catch (error) {
        if (!notFound(error)) throw error;
      }
      if (runtime === undefined) {
        await app.functions.createFunction({
          func: {
            name: s.name,
            runtime: s.runtime,
            timeout: s.timeout,
            envVariables: s.envVariables,
            installDependency: true,
          },
          functionRootPath: options.functionRoot,
          force: false,
        });
        return 'created';
      }
      if (runtime !== s.runtime) {
        throw new DeployStepError(
          'FUNCTION_RUNTIME_MISMATCH',
          `云函数 ${s.name} 的运行时是 ${runtime}，应为 ${s.runtime}；运行时只能在创建时指定：在控制台删除该函数后重新部署`,
        );
      }
      await app.functions.updateFunctionConfig({ name: s.name, timeout: s.timeout, envVariables: s.envVariables });
      return 'updated';
    },
    async ensureCollection(name) {
      const result = await app.database.createCollectionIfNotExists(name);
      return result.IsCreated ? 'created' : 'exists';
    },
    async ensureIndexes(collection, indexes: readonly PlannedIndex[]) {
      const existing = new Set(((await app.database.describeCollection(collection)).Indexes ?? []).map((i) => i.Name));
      const missing = indexes.filter((i) => !existing.has(i.name));
      if (missing.length === 0) return [];
      await app.database.updateCollection(collection, {
        CreateIndexes: missing.map((i) => ({
          IndexName: i.name,
          MgoKeySchema: { MgoIndexKeys: i.fields.map((f) => ({ Name: f, Direction: '1' })), MgoIsUnique: i.unique },
        })),
      });
      return missing.map((i) => i.name);
    },
  };
}
