import { wxApi } from '../wx-api';
import { failed, ok, type CapabilityResult } from './result';

/** Documents for materials: PDF and images, checked here and again by the server on upload. */
export const MATERIAL_RULES = {
  extensions: ['pdf', 'jpg', 'jpeg', 'png'],
  maxBytes: 20 * 1024 * 1024,
} as const;

export type FileProblem = 'wrong-type' | 'too-large' | 'empty';

export interface FileRules {
  extensions: readonly string[];
  maxBytes: number;
}

/** Pure check of one file's name and size against the rules. */
export function checkFile(name: string, size: number, rules: FileRules = MATERIAL_RULES): FileProblem | null {
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!rules.extensions.includes(extension)) return 'wrong-type';
  if (size <= 0) return 'empty';
  if (size > rules.maxBytes) return 'too-large';
  return null;
}

export interface ChosenFile {
  path: string;
  name: string;
  size: number;
}

export interface FileChoice {
  files: ChosenFile[];
  rejected: { name: string; problem: FileProblem }[];
}

/** Files from a WeChat chat (chooseMessageFile), with type and size checked. */
export async function chooseMaterialFiles(
  options: { count?: number; rules?: FileRules } = {},
): Promise<CapabilityResult<FileChoice>> {
  const rules = options.rules ?? MATERIAL_RULES;
  try {
    const chosen = await wxApi.chooseMessageFile({
      count: options.count ?? 1,
      type: 'file',
      extension: [...rules.extensions],
    });
    const choice: FileChoice = { files: [], rejected: [] };
    for (const file of chosen.tempFiles) {
      const problem = checkFile(file.name, file.size, rules);
      if (problem) choice.rejected.push({ name: file.name, problem });
      else choice.files.push({ path: file.path, name: file.name, size: file.size });
    }
    return ok(choice);
  } catch (error) {
    return failed('files', error);
  }
}
