import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ManifestSchema, type ManifestEntry } from './manifest.schema';
import { parsePolicyMarkdown, type ParsedPolicy } from './parse-policy';

export interface BuiltPolicy extends Omit<ManifestEntry, 'file' | 'source'>, ParsedPolicy {
  text: string;
}

export type BuildResult = { ok: true; documents: BuiltPolicy[] } | { ok: false; errors: string[] };

export const ANCHOR_PREFIX: Record<ManifestEntry['id'], string> = {
  'user-agreement': 'ua',
  'privacy-policy': 'pp',
  'sdk-list': 'sdk',
};

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function validateManifest(raw: unknown): { entries: ManifestEntry[]; errors: string[] } {
  const parsed = v.safeParse(ManifestSchema, raw);
  if (!parsed.success) {
    return {
      entries: [],
      errors: parsed.issues.map((issue) => `manifest ${v.getDotPath(issue) ?? ''}: ${issue.message}`),
    };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const entry of parsed.output) {
    const key = `${entry.id}@${entry.version}`;
    if (seen.has(key)) errors.push(`manifest: ${key} is listed twice`);
    seen.add(key);
    if (!entry.file.startsWith(`${entry.id}/`))
      errors.push(`manifest: ${key} file ${entry.file} is not under ${entry.id}/`);
  }
  return { entries: parsed.output, errors };
}

/** Reads policies/manifest.json, checks every file against its hash and parses it. */
export function buildPolicies(root: string): BuildResult {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) return { ok: false, errors: [`${manifestPath} is missing`] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [`manifest.json is not valid JSON: ${(error as Error).message}`] };
  }
  const { entries, errors } = validateManifest(raw);
  const documents: BuiltPolicy[] = [];
  for (const entry of entries) {
    const file = join(root, entry.file);
    if (!existsSync(file)) {
      errors.push(`${entry.file}: file missing`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const actual = sha256(text);
    if (actual !== entry.sha256) {
      errors.push(`${entry.file}: sha256 mismatch (manifest ${entry.sha256}, file ${actual})`);
      continue;
    }
    try {
      const { file: _file, source: _source, ...meta } = entry;
      documents.push({ ...meta, ...parsePolicyMarkdown(text, ANCHOR_PREFIX[entry.id]), text });
    } catch (error) {
      errors.push(`${entry.file}: ${(error as Error).message}`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, documents };
}
