import { COMPLAINT_IDENTITY_LEVELS } from '../../../cloudfunctions/lib/feedback/identity-verified';
import { enPackages } from '../../../src/i18n/en-packages';
import { enReports } from '../../../src/i18n/en-reports';
import { ptPTPackages } from '../../../src/i18n/pt-PT-packages';
import { ptPTReports } from '../../../src/i18n/pt-PT-reports';
import { zhCNPackages } from '../../../src/i18n/zh-CN-packages';
import { zhCNReports } from '../../../src/i18n/zh-CN-reports';
import { zhMOPackages } from '../../../src/i18n/zh-MO-packages';
import { zhMOReports } from '../../../src/i18n/zh-MO-reports';

const LANGUAGES = [
  ['zh-CN', zhCNPackages, zhCNReports],
  ['zh-MO', zhMOPackages, zhMOReports],
  ['en', enPackages, enReports],
  ['pt-PT', ptPTPackages, ptPTReports],
] as const;

/** The way a level is done, as the account screen names it: the part in brackets of its label. */
function wayOf(label: string): string {
  const way = /[（(]([^（()）]+)[）)]/.exec(label)?.[1];
  if (!way) throw new Error(`no bracketed way in "${label}"`);
  return way;
}

describe("the staff queue's message for a complainant not yet verified", () => {
  // Staff must learn every way that verifies a complainant (the server's rule), not only the face check.
  it.each(LANGUAGES)('names every level that verifies a complainant, in %s', (_locale, catalog, reports) => {
    const message = reports.feedbackQueue.unverified.toLowerCase();
    for (const level of COMPLAINT_IDENTITY_LEVELS) {
      expect(message).toContain(wayOf(catalog.account.levels[level]).toLowerCase());
    }
  });
});
