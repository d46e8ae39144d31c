/** The section catalogs of one locale, by section name (read by catalogs.test.ts). */
export { ptPTActions as actions } from '../../../../src/i18n/pt-PT-actions';
export { ptPTFeedback as feedback } from '../../../../src/i18n/pt-PT-feedback';
export { ptPTInbox as inbox } from '../../../../src/i18n/pt-PT-inbox';
export { ptPTPush as push } from '../../../../src/i18n/pt-PT-push';
export { ptPTRequests as requests } from '../../../../src/i18n/pt-PT-requests';
export { ptPTRetention as retention } from '../../../../src/i18n/pt-PT-retention';
export { ptPTRights as rights } from '../../../../src/i18n/pt-PT-rights';
export { ptPTStaffDesk as staffDesk } from '../../../../src/i18n/pt-PT-staff-desk';
export { ptPTLinked as linked } from '../../../../src/i18n/pt-PT-linked';
