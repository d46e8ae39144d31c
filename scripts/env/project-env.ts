import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

/** The settings the build and the local tools read, checked when they load. No secrets here. */
const EnvSchema = v.object({
  QYB_APPID: v.optional(
    v.union([
      v.literal(''),
      v.pipe(v.string(), v.regex(/^wx[0-9a-f]{16}$/, 'QYB_APPID must look like wx0123456789abcdef')),
    ]),
    '',
  ),
  QYB_CLOUD_ENV: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z0-9-]*$/, 'QYB_CLOUD_ENV: lowercase letters, digits, -')),
    '',
  ),
  CLOUD_PORT: v.optional(v.pipe(v.string(), v.regex(/^\d{1,5}$/), v.transform(Number), v.maxValue(65535)), '3900'),
  CLOUD_DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1)), '.data/cloud'),
});

export type ProjectEnv = v.InferOutput<typeof EnvSchema>;

/** Reads KEY=value lines; later sources (the process environment) win over the file. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && match[1]) out[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export function loadEnv(root: string, processEnv: Record<string, string | undefined> = process.env): ProjectEnv {
  const file = join(root, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : {};
  const merged: Record<string, string> = { ...fromFile };
  for (const key of Object.keys(EnvSchema.entries)) {
    const value = processEnv[key];
    if (value !== undefined) merged[key] = value;
  }
  const result = v.safeParse(EnvSchema, merged);
  if (!result.success) {
    const issues = result.issues.map((issue) => `${v.getDotPath(issue) ?? '?'}: ${issue.message}`).join('; ');
    throw new Error(`invalid project settings (.env or environment): ${issues}`);
  }
  return result.output;
}
