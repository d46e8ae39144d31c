import type { Catalog } from './catalog';
import type { zhCNCare } from './zh-CN-care';

/** The 关怀模式 switch of zh-CN-care.ts, in European Portuguese. */
export const ptPTCare: Catalog<typeof zhCNCare> = {
  title: 'Modo de letra grande',
  hint: 'Letra maior, botões maiores, páginas mais simples',
  on: 'Ligado',
  off: 'Desligado',
};
