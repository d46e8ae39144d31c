import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';
import { ptPTRetentionRows } from './pt-PT-retention-rows';

/** The retention table (zh-CN-retention.ts) in Portuguese: the headings, and the rows of config/retention.ts (pt-PT-retention-rows.ts). */
export const ptPTRetention: Catalog<typeof zhCNRetention> = {
  title: 'Durante quanto tempo conservamos',
  intro:
    'Só conservamos as suas informações enquanto lhe prestamos serviço; quando a lei exige mais, pelo prazo legal. As informações expiradas são apagadas automaticamente todos os dias.',
  row: (what: string, autoDeleted: boolean) =>
    `${what} · ${autoDeleted ? 'apagado automaticamente no fim do prazo' : 'não apagado automaticamente'}`,
  period: (period: string, from: string) => `Prazo: ${period} (a contar de: ${from})`,
  basis: (basis: string) => `Fundamento: ${basis}`,
  rows: ptPTRetentionRows,
};
