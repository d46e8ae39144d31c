import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { CURRENT_POLICIES } from '../../../../../policies/generated';
import { receiptCode } from '../../../../features/consent/receipt-code';
import { usePrivacyCenter } from '../../../../features/consent/use-privacy-center';
import { tp } from '../../../../i18n/packages';
import { tFeedback } from '../../../../i18n/feedback';
import { tLinked } from '../../../../i18n/linked';
import { tOidc } from '../../../../i18n/oidc';
import { tRights } from '../../../../i18n/rights';
import { tUploads } from '../../../../i18n/uploads';
import { ROUTES, navigate, relaunch } from '../../../../platform/navigation';
import { policyName } from '../../components/policy-name';
import { RetentionTable } from '../../components/retention-table';
import './index.css';
import { AppButton } from '../../../../components/app-button';
import { beijingDateTime, calendarDay } from '../../../../i18n/beijing-time';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** Documents, my consent and its history with receipts, and withdrawal in one place. */
export default function PrivacyCenterPage() {
  usePageTitle(tp.titles.privacyCenter);
  const care = useCareMode();
  const center = usePrivacyCenter();
  const { load } = center;
  const shown = useRef(false);
  useEffect(() => {
    void load();
  }, [load]);
  // Coming back (from the agreement screen, say) reads the ledger again; the first show is the mount.
  useDidShow(() => {
    if (shown.current) void load();
    shown.current = true;
  });
  const { status } = center;

  return (
    <View className={`privacy-center ${care.rootClass}`}>
      <View className="privacy-center__section">
        <View className="privacy-center__title">{tp.privacyCenter.documents}</View>
        {Object.values(CURRENT_POLICIES).map((doc) => (
          <View
            key={doc.id}
            className={`privacy-center__doc privacy-center__doc--${doc.id}`}
            role="link"
            onClick={() => navigate(ROUTES.policy, { id: doc.id })}
          >
            {policyName(doc.id)}
            <View className="privacy-center__meta">
              {tp.privacyCenter.version} {calendarDay(doc.version)}
            </View>
          </View>
        ))}
        <View className="privacy-center__permissions" role="link" onClick={() => navigate(ROUTES.permissions)}>
          {tp.privacyCenter.permissions}
        </View>
        <View className="privacy-center__feedback" role="link" onClick={() => navigate(ROUTES.feedback)}>
          {tFeedback.entry}
        </View>
        <View className="privacy-center__rights" role="link" onClick={() => navigate(ROUTES.rights)}>
          {tRights.entry}
        </View>
        <View className="privacy-center__uploads" role="link" onClick={() => navigate(ROUTES.myUploads)}>
          {tUploads.entry}
        </View>
        <View className="privacy-center__authorized" role="link" onClick={() => navigate(ROUTES.oidcAuthorized)}>
          {tOidc.entry}
        </View>
        <View className="privacy-center__linked" role="link" onClick={() => navigate(ROUTES.linkedAccounts)}>
          {tLinked.entry}
        </View>
      </View>

      {!status && !center.loading && (
        <View className="privacy-center__guest">
          {center.error ?? tp.privacyCenter.guest}
          <View className="privacy-center__agree" role="link" onClick={() => navigate(ROUTES.agreement)}>
            {tp.privacyCenter.agreeAgain}
          </View>
        </View>
      )}

      {status && (
        <View className="privacy-center__section">
          <View className="privacy-center__title">{tp.privacyCenter.myConsent}</View>
          {status.documents.map((doc) => (
            <View key={doc.id} className={`privacy-center__consent privacy-center__consent--${doc.id}`}>
              {policyName(doc.id)} · {tp.privacyCenter.state[doc.state]}
              <View className="privacy-center__meta">
                {doc.grantedVersion && `${tp.privacyCenter.version} ${calendarDay(doc.grantedVersion)} · `}
                {doc.at && `${tp.privacyCenter.agreedAt} ${beijingDateTime(doc.at)}`}
              </View>
            </View>
          ))}
          {status.accepted && (
            <AppButton
              className="privacy-center__withdraw"
              onClick={() => void center.withdrawAll().then((done) => done && relaunch(ROUTES.home))}
            >
              {tp.privacyCenter.withdraw}
            </AppButton>
          )}
        </View>
      )}

      {status && (
        <View className="privacy-center__section">
          <View className="privacy-center__title">{tp.privacyCenter.sensitive}</View>
          {status.sensitive.map((item) => (
            <View key={item.purpose} className={`privacy-center__sensitive privacy-center__sensitive--${item.purpose}`}>
              {tp.sensitiveConsent.purposes[item.purpose].name} ·{' '}
              {item.granted ? tp.privacyCenter.sensitiveGranted : tp.privacyCenter.sensitiveNone}
              {item.granted && (
                <View
                  className="privacy-center__sensitive-withdraw"
                  role="button"
                  onClick={() => void center.withdrawSensitive(item.purpose)}
                >
                  {tp.privacyCenter.sensitiveWithdraw}
                </View>
              )}
              {!item.granted && item.purpose !== 'minor-data' && (
                <View
                  className="privacy-center__sensitive-grant"
                  role="button"
                  onClick={() => void center.grantSensitive(item.purpose)}
                >
                  {tp.sensitiveConsent.grant}
                </View>
              )}
            </View>
          ))}
        </View>
      )}

      {status && (
        <View className="privacy-center__section">
          <View className="privacy-center__title">{tp.privacyCenter.history}</View>
          {center.history.length === 0 && <View className="privacy-center__meta">{tp.privacyCenter.noHistory}</View>}
          {center.history.map((entry) => (
            <View key={entry.seq} className="privacy-center__history-item">
              <View>
                #{entry.seq} {tp.privacyCenter.actions[entry.action]}{' '}
                {entry.subject.kind === 'document'
                  ? policyName(entry.subject.documentId)
                  : tp.sensitiveConsent.purposes[entry.subject.purpose].name}{' '}
                {tp.privacyCenter.version} {calendarDay(entry.subject.version)}
              </View>
              <View className="privacy-center__meta">{beijingDateTime(entry.at)}</View>
              <View className="privacy-center__receipt privacy-center__receipt-text">
                {tp.privacyCenter.textHash} {receiptCode(entry.subject.sha256)}
              </View>
              <View className="privacy-center__receipt privacy-center__receipt-hash">
                {tp.privacyCenter.receipt} {receiptCode(entry.hash)}
              </View>
            </View>
          ))}
          {center.nextBeforeSeq !== null && (
            <View className="privacy-center__more" role="button" onClick={() => void center.more()}>
              {tp.privacyCenter.more}
            </View>
          )}
          <View className="privacy-center__verify" role="button" onClick={() => void center.verify()}>
            {tp.privacyCenter.verify}
          </View>
          {center.verified && (
            <View
              className={`privacy-center__verified privacy-center__verified--${center.verified.intact ? 'intact' : 'broken'}`}
            >
              {center.verified.intact
                ? tp.privacyCenter.verifyOk(center.verified.length)
                : tp.privacyCenter.verifyBroken(center.verified.problems.length)}
            </View>
          )}
        </View>
      )}
      <RetentionTable />
    </View>
  );
}
