import {
  SUBSCRIPTION_TEMPLATES,
  type ResolvedTemplate,
  type TemplateDecl,
} from '../../../config/subscription-templates';
import { isLocalTwin, LocalOnlySettingError, type Env } from '../infra/deployment';

function longTermKeys(env: Env): Set<string> {
  return new Set(
    (env.QYB_LONG_TERM_TEMPLATES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

const PLACEHOLDERS = new Set(SUBSCRIPTION_TEMPLATES.map((t) => t.placeholderId));

/** A local placeholder id from config/ (any template's), never a WeChat template id. */
export function isPlaceholderTemplateId(id: string): boolean {
  return PLACEHOLDERS.has(id);
}

/** WeChat's id from the environment; empty or a placeholder copied from config/ counts as missing. */
function realId(t: TemplateDecl, env: Env): string | null {
  const id = env[t.idEnv]?.trim() ?? '';
  return id === '' || isPlaceholderTemplateId(id) ? null : id;
}

function resolve(env: Env, placeholdersAllowed: boolean): ResolvedTemplate[] {
  const longTerm = longTermKeys(env);
  if (!placeholdersAllowed) {
    // Every template is needed: security and legal notices must reach WeChat, not be quietly off.
    const missing = SUBSCRIPTION_TEMPLATES.filter((t) => realId(t, env) === null).map((t) => t.idEnv);
    if (missing.length > 0)
      throw new LocalOnlySettingError(
        `未设置 ${missing.join('、')} 时使用的占位模板 id`,
        '请在云开发控制台为每个函数的环境变量填入微信公众平台分配的订阅消息模板 id。',
      );
  }
  const resolved = SUBSCRIPTION_TEMPLATES.map((t) => ({
    ...t,
    id: env[t.idEnv]?.trim() || t.placeholderId,
    longTerm: longTerm.has(t.key),
  }));
  const ids = new Set(resolved.map((t) => t.id));
  if (ids.size !== resolved.length) throw new Error('subscription templates: two templates share one id');
  const kinds = resolved.flatMap((t) => t.kinds);
  if (new Set(kinds).size !== kinds.length) throw new Error('subscription templates: a notice kind has two templates');
  for (const name of longTerm) {
    if (!resolved.some((t) => t.key === name)) throw new Error(`QYB_LONG_TERM_TEMPLATES: unknown template ${name}`);
  }
  return resolved;
}

/**
 * The templates with this environment's ids, checked when a function loads: every kind has one
 * template, ids are distinct, and outside the local cloud every `QYB_TMPL_*` holds a real id.
 */
export function loadTemplates(env: Env): ResolvedTemplate[] {
  return resolve(env, isLocalTwin(env));
}

/** The templates as the local cloud itself knows them (its server and the tests): placeholders fill the gaps. */
export function localCloudTemplates(env: Env = {}): ResolvedTemplate[] {
  return resolve(env, true);
}

export function templateForKind(templates: readonly ResolvedTemplate[], kind: string): ResolvedTemplate | undefined {
  return templates.find((t) => (t.kinds as readonly string[]).includes(kind));
}
