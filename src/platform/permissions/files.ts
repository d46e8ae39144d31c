import { wxApi } from '../wx-api';
import { pickWithFileInput, type BrowserFile } from './browser-file-input';
import { classifyFailure } from './failure';
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

async function pick(count: number, extensions: readonly string[]): Promise<BrowserFile[]> {
  try {
    const chosen = await wxApi.chooseMessageFile({ count, type: 'file', extension: [...extensions] });
    // Taro's H5 production stub "succeeds" with no files: the browser input takes over.
    if (Array.isArray(chosen?.tempFiles)) return chosen.tempFiles;
  } catch (error) {
    if (process.env.TARO_ENV !== 'h5' || classifyFailure(error) !== 'unsupported') throw error;
  }
  if (process.env.TARO_ENV !== 'h5') throw { errMsg: 'chooseMessageFile:fail not supported' };
  return pickWithFileInput(count, extensions);
}

/**
 * Files from a WeChat chat (chooseMessageFile; a file input in the browser), with type and size
 * checked. The server checks both again when the file is uploaded.
 */
export async function chooseMaterialFiles(
  options: { count?: number; rules?: FileRules } = {},
): Promise<CapabilityResult<FileChoice>> {
  const rules = options.rules ?? MATERIAL_RULES;
  try {
    const choice: FileChoice = { files: [], rejected: [] };
    for (const file of await pick(options.count ?? 1, rules.extensions)) {
      const problem = checkFile(file.name, file.size, rules);
      if (problem) choice.rejected.push({ name: file.name, problem });
      else choice.files.push({ path: file.path, name: file.name, size: file.size });
    }
    return ok(choice);
  } catch (error) {
    return failed('files', error);
  }
}
