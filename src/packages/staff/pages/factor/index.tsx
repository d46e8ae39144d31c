import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { AppButton } from '../../../../components/app-button';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { groupedSecret } from '../../../../features/staff/factor-api';
import { useStaffFactor } from '../../../../features/staff/use-staff-factor';
import { tp } from '../../../../i18n/packages';
import { tStaffFactor } from '../../../../i18n/staff-factor';
import { copyText } from '../../../../platform/clipboard';
import { toastSuccess } from '../../../../platform/confirm-action';
import { usePageTitle } from '../../../../platform/page-title';
import '../staff-desk.css';
import './index.css';

const m = tStaffFactor;

async function copy(text: string) {
  if (await copyText(text)) toastSuccess(m.copied);
}

/** 二次验证: whether the staff member has an authenticator set up; if not, the key once and its first code. */
export default function StaffFactorPage() {
  usePageTitle(tp.titles.staffFactor);
  const care = useCareMode();
  const s = useStaffFactor();
  const { load } = s;
  useDidShow(() => {
    void load();
  });
  const { state } = s;
  const root = `staff-desk staff-factor ${care.rootClass}`;
  if (state.kind === 'loading') return <View className={`${root} staff-desk__meta`}>{m.loading}</View>;
  if (state.kind === 'failed') {
    return (
      <View className={root}>
        <View className="staff-desk__section staff-factor__failed">{state.message}</View>
      </View>
    );
  }
  if (state.kind === 'enrolling') {
    const { secret, uri } = state.enrolment;
    return (
      <View className={root}>
        <View className="staff-desk__section staff-factor__enrol">
          <View className="staff-desk__title">{m.title}</View>
          <View className="staff-factor__steps">{m.steps}</View>
          <View className="staff-desk__label">{m.secretLabel}</View>
          <Text className="staff-factor__secret" userSelect>
            {groupedSecret(secret)}
          </Text>
          <AppButton className="staff-factor__copy-secret" onClick={() => void copy(secret)}>
            {m.copySecret}
          </AppButton>
          {/* The otpauth:// link is for the authenticator app, not to read: copied, not shown. */}
          <AppButton className="staff-factor__copy-uri" onClick={() => void copy(uri)}>
            {m.copyLink}
          </AppButton>
          <TextField
            label={m.code}
            name="staff-factor__code"
            type="number"
            maxlength={6}
            value={s.code}
            placeholder={m.codePlaceholder}
            error={s.error || undefined}
            errorName="staff-factor__error"
            onChange={s.setCode}
          />
          <AppButton
            className="staff-factor__confirm"
            variant="primary"
            loading={s.busy}
            disabled={s.code.length !== 6}
            disabledReason={m.codeNeeded}
            onClick={() => void s.confirm()}
          >
            {s.busy ? m.busy : m.confirm}
          </AppButton>
        </View>
      </View>
    );
  }
  const { status } = state;
  return (
    <View className={root}>
      <View className="staff-desk__section">
        <View className="staff-desk__title">{m.title}</View>
        {!status.staff ? (
          <View className="staff-factor__not-staff">{m.notStaff}</View>
        ) : status.enrolled ? (
          <View className="staff-factor__enrolled">{m.enrolled}</View>
        ) : (
          <>
            <View className="staff-factor__not-enrolled">{m.notEnrolled}</View>
            {s.error && <View className="staff-desk__error staff-factor__error">{s.error}</View>}
            <AppButton
              className="staff-factor__start"
              variant="primary"
              loading={s.busy}
              onClick={() => void s.start()}
            >
              {m.start}
            </AppButton>
          </>
        )}
      </View>
    </View>
  );
}
