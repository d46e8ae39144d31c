/** The section catalogs of one locale, by section name (read by catalogs.test.ts). */
export { zhCNActions as actions } from '../../../../src/i18n/zh-CN-actions';
export { zhCNFeedback as feedback } from '../../../../src/i18n/zh-CN-feedback';
export { zhCNInbox as inbox } from '../../../../src/i18n/zh-CN-inbox';
export { zhCNPush as push } from '../../../../src/i18n/zh-CN-push';
export { zhCNRequests as requests } from '../../../../src/i18n/zh-CN-requests';
export { zhCNRetention as retention } from '../../../../src/i18n/zh-CN-retention';
export { zhCNRights as rights } from '../../../../src/i18n/zh-CN-rights';
export { zhCNStaffDesk as staffDesk } from '../../../../src/i18n/zh-CN-staff-desk';
export { zhCNAnnouncement as announcement } from '../../../../src/i18n/zh-CN-announcement';
export { zhCNAudit as audit } from '../../../../src/i18n/zh-CN-audit';
export { zhCNCare as care } from '../../../../src/i18n/zh-CN-care';
export { zhCNOidc as oidc } from '../../../../src/i18n/zh-CN-oidc';
export { zhCNReports as reports } from '../../../../src/i18n/zh-CN-reports';
export { zhCNUploads as uploads } from '../../../../src/i18n/zh-CN-uploads';
export { zhCNLinked as linked } from '../../../../src/i18n/zh-CN-linked';
export { zhCNIdentity as identity } from '../../../../src/i18n/zh-CN-identity';
export { zhCNPackages as packages } from '../../../../src/i18n/zh-CN-packages';
