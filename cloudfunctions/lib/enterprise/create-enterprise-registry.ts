import type { DocumentType } from '../contract/identity-document';
import { isLocalTwin, type Env } from '../infra/deployment';
import type { EnterpriseRegistry } from './enterprise-registry';
import { HttpEnterpriseRegistry } from './http-enterprise-registry';
import { LocalEnterpriseRegistryStandIn } from './local-enterprise-registry-stand-in';

/**
 * The registry for where the function runs: the seeded stand-in inside the local cloud only; the
 * operator's gateway everywhere else, and no start at all outside the twin without it (an
 * enterprise check that silently passes would bring the squatting of finding 1 back).
 */
export function createEnterpriseRegistry(
  env: Env,
  documentIndex: (type: DocumentType, number: string) => string,
): EnterpriseRegistry {
  checkEnterpriseRegistry(env);
  const url = env.QYB_ENTERPRISE_REGISTRY_URL;
  const token = env.QYB_ENTERPRISE_REGISTRY_TOKEN;
  if (url && token) return new HttpEnterpriseRegistry(url, token, documentIndex);
  return new LocalEnterpriseRegistryStandIn(documentIndex);
}

/** Refuses to start without the operator's gateway outside the local cloud (checked when the function loads). */
export function checkEnterpriseRegistry(env: Env): void {
  if (env.QYB_ENTERPRISE_REGISTRY_URL && env.QYB_ENTERPRISE_REGISTRY_TOKEN) return;
  if (isLocalTwin(env)) return;
  throw new Error(
    '企业登记信息核验网关未配置：请在函数环境变量中设置 QYB_ENTERPRISE_REGISTRY_URL 与 QYB_ENTERPRISE_REGISTRY_TOKEN，' +
      '本地替身只在本地云中使用。拒绝启动。',
  );
}
