/**
 * Which 云调用 (cloud.openapi.<module>.<method>) a function makes, read from its built bundle, and
 * which of them its config.json does not declare: WeChat refuses an undeclared call with -604101
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/openapi/openapi.html).
 * Conservative on purpose: any `openapi.a.b` text in the bundle counts, so a call is never missed;
 * minifiers keep property names, so the text survives. The build-time check in
 * scripts/build/functions.ts can share `missingOpenapiPermissions` with calls found another way.
 */
import { refusal, type Refusal } from './deploy.errors';

export function openapiCallsInBundle(bundle: string): string[] {
  const calls = new Set<string>();
  for (const match of bundle.matchAll(/\bopenapi\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
    calls.add(`${match[1]}.${match[2]}`);
  }
  return [...calls].sort();
}

export function missingOpenapiPermissions(
  fn: string,
  calls: readonly string[],
  declared: readonly string[],
): Refusal[] {
  return calls
    .filter((call) => !declared.includes(call))
    .map((call) =>
      refusal('PERMISSION_MISSING', fn, `调用了 cloud.openapi.${call}，但 config.json 的 permissions.openapi 未声明它`),
    );
}
