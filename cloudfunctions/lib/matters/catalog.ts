import { requireRole } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import {
  MatterDetailInputSchema,
  UpdateMatterInputSchema,
  type MatterSummary,
  type MatterView,
} from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { RequestsDeps } from '../requests/requests.deps';
import { CATALOG_EDITORS } from '../requests/staff-roles';
import { matterProblems } from './matter-seed';
import { TRANSLATED_LOCALES, matterTextProblems, type MatterTranslations } from '../contract/matter-texts';
import { toMatterView } from './matter.repository';

/** The catalog anyone may read (guests too): enabled matters, by category then code. */
export async function listCatalog(_input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<MatterSummary[]> {
  const matters = await deps.matters.all(ctx.now.getTime());
  return matters
    .filter((m) => m.enabled)
    .map(toMatterView)
    .sort((a, b) => a.category.localeCompare(b.category) || a.code.localeCompare(b.code))
    .map(({ code, name, category, department, applicants, offlineDelivery, promisedWorkingDays, translations }) => ({
      code,
      name,
      category,
      department,
      applicants,
      offlineDelivery,
      promisedWorkingDays,
      translations: listedTexts(translations),
    }));
}

/** The list shows names and departments only: the rest of the translations stay with the detail. */
function listedTexts(translations: MatterTranslations | undefined): MatterTranslations {
  const listed: MatterTranslations = {};
  for (const locale of TRANSLATED_LOCALES) {
    const texts = translations?.[locale];
    if (texts) listed[locale] = { name: texts.name, department: texts.department };
  }
  return listed;
}

/** A disabled matter is hidden from everyone but the admins who may enable it again. */
async function isCatalogEditor(ctx: CallContext, deps: RequestsDeps): Promise<boolean> {
  if (!ctx.openid) return false;
  try {
    await requireRole(ctx, deps, CATALOG_EDITORS);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

export async function matterDetail(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<MatterView> {
  const { code } = parseInput(MatterDetailInputSchema, input);
  const matter = await deps.matters.get(code, ctx.now.getTime());
  if (!matter) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
  if (!matter.enabled && !(await isCatalogEditor(ctx, deps))) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
  return toMatterView(matter);
}

/**
 * An admin replaces a matter's definition against the version they read (a concurrent edit gets
 * REQUESTS.MATTER_VERSION_CONFLICT). Requests already submitted keep the fields they were checked
 * against. Audited with the comment.
 */
export async function updateMatter(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<MatterView> {
  const { account: admin } = await requireRole(ctx, deps, CATALOG_EDITORS);
  const data = parseInput(UpdateMatterInputSchema, input);
  const now = ctx.now.getTime();
  if (matterProblems({ code: data.code, ...data.matter }).length > 0) throw new AppError('REQUESTS.MATTER_INVALID');
  if (matterTextProblems(data.matter).length > 0) throw new AppError('REQUESTS.MATTER_TRANSLATION_UNKNOWN');
  const current = await deps.matters.get(data.code, now);
  if (!current) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
  if (current.version !== data.expectedVersion) throw new AppError('REQUESTS.MATTER_VERSION_CONFLICT');
  const next = { _id: data.code, ...data.matter, version: current.version + 1, updatedAt: now, updatedBy: admin._id };
  if (!(await deps.matters.replace(next, data.expectedVersion))) {
    throw new AppError('REQUESTS.MATTER_VERSION_CONFLICT');
  }
  await deps.audit.record({
    at: now,
    actor: admin._id,
    action: 'matter.updated',
    target: data.code,
    details: { version: next.version, comment: data.comment, enabled: next.enabled },
  });
  return toMatterView(next);
}
