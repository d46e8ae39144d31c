/** The section catalogs of one locale, by section name (read by catalogs.test.ts). */
export { zhMOActions as actions } from '../../../../src/i18n/zh-MO-actions';
export { zhMOFeedback as feedback } from '../../../../src/i18n/zh-MO-feedback';
export { zhMOInbox as inbox } from '../../../../src/i18n/zh-MO-inbox';
export { zhMOPush as push } from '../../../../src/i18n/zh-MO-push';
export { zhMORequests as requests } from '../../../../src/i18n/zh-MO-requests';
export { zhMORetention as retention } from '../../../../src/i18n/zh-MO-retention';
export { zhMORights as rights } from '../../../../src/i18n/zh-MO-rights';
export { zhMOStaffDesk as staffDesk } from '../../../../src/i18n/zh-MO-staff-desk';
export { zhMOAnnouncement as announcement } from '../../../../src/i18n/zh-MO-announcement';
export { zhMOAudit as audit } from '../../../../src/i18n/zh-MO-audit';
export { zhMOCare as care } from '../../../../src/i18n/zh-MO-care';
export { zhMOOidc as oidc } from '../../../../src/i18n/zh-MO-oidc';
export { zhMOReports as reports } from '../../../../src/i18n/zh-MO-reports';
export { zhMOUploads as uploads } from '../../../../src/i18n/zh-MO-uploads';
export { zhMOLinked as linked } from '../../../../src/i18n/zh-MO-linked';
export { zhMOIdentity as identity } from '../../../../src/i18n/zh-MO-identity';
export { zhMOPackages as packages } from '../../../../src/i18n/zh-MO-packages';
