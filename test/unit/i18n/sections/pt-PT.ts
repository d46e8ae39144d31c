/** The section catalogs of one locale, by section name (read by catalogs.test.ts). */
export { ptPTActions as actions } from '../../../../src/i18n/pt-PT-actions';
export { ptPTFeedback as feedback } from '../../../../src/i18n/pt-PT-feedback';
export { ptPTInbox as inbox } from '../../../../src/i18n/pt-PT-inbox';
export { ptPTPush as push } from '../../../../src/i18n/pt-PT-push';
export { ptPTRequests as requests } from '../../../../src/i18n/pt-PT-requests';
export { ptPTRetention as retention } from '../../../../src/i18n/pt-PT-retention';
export { ptPTRights as rights } from '../../../../src/i18n/pt-PT-rights';
export { ptPTStaffDesk as staffDesk } from '../../../../src/i18n/pt-PT-staff-desk';
export { ptPTAnnouncement as announcement } from '../../../../src/i18n/pt-PT-announcement';
export { ptPTAudit as audit } from '../../../../src/i18n/pt-PT-audit';
export { ptPTCare as care } from '../../../../src/i18n/pt-PT-care';
export { ptPTOidc as oidc } from '../../../../src/i18n/pt-PT-oidc';
export { ptPTReports as reports } from '../../../../src/i18n/pt-PT-reports';
export { ptPTUploads as uploads } from '../../../../src/i18n/pt-PT-uploads';
export { ptPTLinked as linked } from '../../../../src/i18n/pt-PT-linked';
export { ptPTIdentity as identity } from '../../../../src/i18n/pt-PT-identity';
export { ptPTPackages as packages } from '../../../../src/i18n/pt-PT-packages';
