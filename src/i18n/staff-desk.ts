import { zhCNStaffDesk } from './zh-CN-staff-desk';

/** The active staff-desk catalog (ships in the staff subpackage only). */
export const tStaffDesk = zhCNStaffDesk;
