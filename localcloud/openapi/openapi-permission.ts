/**
 * Cloud call (云调用) permission, as WeChat checks it: only code running in a cloud function may
 * call openapi, and only the APIs that function's config.json lists under `permissions.openapi`.
 * Anything else is refused with -604101 (WX_FUNCTIONS_SERVER_OPENAPI_NO_PERMISSION) in the
 * CommOpenApiResp envelope, which wx-server-sdk throws as
 * `{ errCode: -604101, errMsg: 'system error: error code: -604101' }` (CLOUDBASE-WIRE.md §5).
 *
 * Sources: developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html ("每个云函数
 * 需要声明其会使用到的接口,否则无法调用"; "云调用需要在云函数中通过 wx-server-sdk 使用") and
 * docs.cloudbase.net/faq/knowledge/cloud-call-604101-permission-error.
 */
import type { InvocationScope } from '../functions/invocation-context';

export const NO_PERMISSION = -604101;

export type PermissionVerdict = { allowed: true } | { allowed: false; reason: string };

export function openApiPermission(scope: InvocationScope | undefined, apiName: string): PermissionVerdict {
  if (!scope) {
    return { allowed: false, reason: `${apiName}: cloud call is only available inside a cloud function` };
  }
  if (!scope.openapi.includes(apiName)) {
    return {
      allowed: false,
      reason: `${apiName}: not declared in ${scope.functionName}/config.json permissions.openapi`,
    };
  }
  return { allowed: true };
}
