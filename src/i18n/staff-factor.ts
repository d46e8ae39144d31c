import { enStaffFactor } from './en-staff-factor';
import { localized } from './locale-store';
import { ptPTStaffFactor } from './pt-PT-staff-factor';
import { zhCNStaffFactor } from './zh-CN-staff-factor';
import { zhMOStaffFactor } from './zh-MO-staff-factor';

/** The active two-step verification catalog (see zh-CN-staff-factor.ts), following the current locale. */
export const tStaffFactor = localized(zhCNStaffFactor, {
  'zh-MO': zhMOStaffFactor,
  'pt-PT': ptPTStaffFactor,
  en: enStaffFactor,
});
