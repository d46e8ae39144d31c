import { SignInPrompt } from '../../../../components/sign-in-prompt';
import { View } from '@tarojs/components';
import { APPLY_STEPS } from '../../../../features/requests/apply-draft';
import { useApply } from '../../../../features/requests/use-apply';
import { tr } from '../../../../i18n/requests';
import { usePageQuery } from '../../../../platform/navigation';
import { ApplicantStep, DeliveryStep, FormStep, MaterialsStep, ReviewStep } from './steps';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

const STEP_VIEWS = {
  applicant: ApplicantStep,
  form: FormStep,
  materials: MaterialsStep,
  delivery: DeliveryStep,
  review: ReviewStep,
} as const;

export default function ApplyPage() {
  usePageTitle(tp.titles.apply);
  const care = useCareMode();
  const apply = useApply(usePageQuery().code ?? '');
  const a = tr.apply;
  const { matter, draft, loadError } = apply;
  if (loadError?.code === 'ACCOUNT.NOT_SIGNED_IN')
    return (
      <View className={`svc apply ${care.rootClass}`}>
        <SignInPrompt
          text={a.notSignedIn}
          action={a.signIn}
          className="apply__not-signed-in"
          buttonClassName="apply__sign-in"
        />
      </View>
    );
  if (loadError) return <View className="svc svc__error apply__load-error">{loadError.message}</View>;
  if (!matter) return <View className="svc" />;
  const Step = STEP_VIEWS[draft.step];
  const index = APPLY_STEPS.indexOf(draft.step);
  return (
    <View className={`svc apply ${care.rootClass}`}>
      <View className="svc__title apply__matter">{matter.name}</View>
      {apply.restored && (
        <View className="svc__notice apply__restored">
          {a.draftRestored}
          <View className="svc__link qyb-tap apply__discard" role="button" onClick={apply.discard}>
            {a.discardDraft}
          </View>
        </View>
      )}
      <View className="svc__steps apply__steps">
        {APPLY_STEPS.map((step, i) => {
          const state = i < index ? 'done' : i === index ? 'on' : 'next';
          return (
            <View
              key={step}
              className={`apply__step apply__step--${step} svc__step svc__step--${state}${state === 'on' ? ' svc__step--on' : ''}`}
              role="button"
              aria-current={state === 'on' ? 'step' : undefined}
              aria-label={a.stepOf(i + 1, APPLY_STEPS.length, a.steps[step])}
              onClick={() => apply.goTo(step)}
            >
              <View className="svc__step-dot">{state === 'done' ? '✓' : i + 1}</View>
              <View className="svc__step-name qyb-care-hide">{a.steps[step]}</View>
            </View>
          );
        })}
      </View>
      <View className="svc__step-caption">{a.stepOf(index + 1, APPLY_STEPS.length, a.steps[draft.step])}</View>
      <Step apply={apply} />
      {apply.error && <View className="svc__error apply__error">{apply.error}</View>}
      {index > 0 && (
        <AppButton
          className="svc__button apply__back"
          onClick={() => apply.goTo(APPLY_STEPS[index - 1] ?? 'applicant')}
        >
          {a.back}
        </AppButton>
      )}
      {draft.step === 'review' ? (
        <AppButton
          className="svc__button apply__submit"
          variant="primary"
          loading={apply.busy}
          disabled={apply.busy}
          onClick={() => void apply.submit()}
        >
          {apply.busy ? a.submitting : apply.error ? a.retry : a.submit}
        </AppButton>
      ) : (
        <AppButton className="svc__button apply__next" variant="primary" onClick={apply.next}>
          {a.next}
        </AppButton>
      )}
    </View>
  );
}
