import type { Catalog } from './catalog';
import type { zhCNCare } from './zh-CN-care';

/** The 关怀模式 switch of zh-CN-care.ts, in English. */
export const enCare: Catalog<typeof zhCNCare> = {
  title: 'Large text mode',
  hint: 'Larger text, larger buttons, simpler pages',
  on: 'On',
  off: 'Off',
};
