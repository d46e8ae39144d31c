import { enPackages } from './en-packages';
import { localized } from './locale-store';
import { ptPTPackages } from './pt-PT-packages';
import { zhCNPackages } from './zh-CN-packages';
import { zhMOPackages } from './zh-MO-packages';
import './server-errors-packages';

/**
 * The core catalog's texts of the subpackage screens (see zh-CN-packages.ts). Only subpackages
 * import it, so Taro's optimizeMainPackage keeps it (with its three translations) out of the main
 * package; the launch pages read `t` (index.ts) alone. It also adds the subpackage screens' server
 * messages (server-errors-packages.ts).
 */
export const tp = localized(zhCNPackages, { 'zh-MO': zhMOPackages, 'pt-PT': ptPTPackages, en: enPackages });
