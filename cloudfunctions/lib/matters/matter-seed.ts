import * as v from 'valibot';
import { MATTER_SEED } from '../../../config/matters';
import { MatterSchema, type MatterDefinition } from '../contract/requests';
import { matterTextProblems } from '../contract/matter-texts';

/** Codes, material codes and field keys must each be unique where they are looked up. */
function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

export function matterProblems(matter: MatterDefinition): string[] {
  const problems = [
    ...duplicates(matter.materials.map((m) => m.code)).map((c) => `material ${c} twice`),
    ...duplicates(matter.fields.map((f) => f.key)).map((k) => `field ${k} twice`),
  ];
  for (const field of matter.fields) {
    if ((field.type === 'number' || field.type === 'amount') && field.min > field.max)
      problems.push(`${field.key}: min > max`);
  }
  return problems;
}

/**
 * The configured catalog, checked when the function loads: a malformed config/matters.ts fails
 * every call loudly instead of seeding a broken matter.
 */
export function checkedMatterSeed(seed: readonly unknown[] = MATTER_SEED): MatterDefinition[] {
  const result = v.safeParse(v.array(MatterSchema), seed);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`config/matters.ts: ${path}: ${issue.message}`);
  }
  const codes = duplicates(result.output.map((m) => m.code));
  if (codes.length > 0) throw new Error(`config/matters.ts: matter ${codes.join(', ')} listed twice`);
  for (const matter of result.output) {
    const problems = [...matterProblems(matter), ...matterTextProblems(matter)];
    if (problems.length > 0) throw new Error(`config/matters.ts: ${matter.code}: ${problems.join('; ')}`);
  }
  return result.output;
}
