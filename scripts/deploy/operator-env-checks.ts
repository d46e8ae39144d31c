/** The checks the variable declarations share: numbers, gateway URLs, no local stand-in. */
import type { OperatorVariable, Problem } from './operator-env';

export const invalid = (message: string): Problem => ({ code: 'ENV_INVALID', message });
export const thrown = (run: () => unknown): Problem | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error));
  }
};
export const count = (name: string, purpose: string): OperatorVariable => ({
  name,
  purpose,
  required: false,
  secret: false,
  check: (value) => (/^\d+$/.test(value) ? undefined : invalid('须为非负整数')),
});
export const gateway = (name: string, purpose: string): OperatorVariable => ({
  name,
  purpose,
  required: false,
  secret: false,
  check: (value, env) =>
    !/^https:\/\/[^\s]+$/.test(value)
      ? invalid('须为 https:// 地址')
      : env.QYB_GATEWAY_TOKEN
        ? undefined
        : { code: 'ENV_MISSING', message: '设置了网关地址，但缺少 QYB_GATEWAY_TOKEN' },
});
export const notStandIn =
  (allowed: readonly string[]) =>
  (value: string): Problem | undefined =>
    value === 'local-stand-in'
      ? { code: 'STAND_IN_SELECTED', message: '选择了本地替身（local-stand-in），仅限本地开发' }
      : allowed.includes(value)
        ? undefined
        : invalid(`须为 ${allowed.join(' / ')}`);
