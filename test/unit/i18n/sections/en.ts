/** The section catalogs of one locale, by section name (read by catalogs.test.ts). */
export { enActions as actions } from '../../../../src/i18n/en-actions';
export { enFeedback as feedback } from '../../../../src/i18n/en-feedback';
export { enInbox as inbox } from '../../../../src/i18n/en-inbox';
export { enPush as push } from '../../../../src/i18n/en-push';
export { enRequests as requests } from '../../../../src/i18n/en-requests';
export { enRetention as retention } from '../../../../src/i18n/en-retention';
export { enRights as rights } from '../../../../src/i18n/en-rights';
export { enStaffDesk as staffDesk } from '../../../../src/i18n/en-staff-desk';
export { enAnnouncement as announcement } from '../../../../src/i18n/en-announcement';
export { enAudit as audit } from '../../../../src/i18n/en-audit';
export { enCare as care } from '../../../../src/i18n/en-care';
export { enOidc as oidc } from '../../../../src/i18n/en-oidc';
export { enReports as reports } from '../../../../src/i18n/en-reports';
export { enUploads as uploads } from '../../../../src/i18n/en-uploads';
export { enLinked as linked } from '../../../../src/i18n/en-linked';
export { enIdentity as identity } from '../../../../src/i18n/en-identity';
export { enPackages as packages } from '../../../../src/i18n/en-packages';
