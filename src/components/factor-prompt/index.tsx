import { View } from '@tarojs/components';
import { AppButton } from '../app-button';
import { TextField } from '../text-field';
import './index.css';

export interface FactorPromptCopy {
  promptTitle: string;
  promptIntro: string;
  code: string;
  codePlaceholder: string;
  /** Why the button waits: said under it, not the placeholder again. */
  codeNeeded: string;
  verify: string;
  busy: string;
  cancel: string;
}

export interface FactorPromptProps {
  copy: FactorPromptCopy;
  code: string;
  onChange: (value: string) => void;
  busy: boolean;
  error: string;
  onVerify: () => void;
  onCancel: () => void;
}

/**
 * Asks for the authenticator's 6-digit code before a staff action goes on (the session's second
 * factor or the step-up before full sensitive data). Presentational: the hook owns the call.
 */
export function FactorPrompt({ copy, code, onChange, busy, error, onVerify, onCancel }: FactorPromptProps) {
  return (
    <View className="factor-prompt" role="dialog" aria-label={copy.promptTitle}>
      <View className="factor-prompt__title">{copy.promptTitle}</View>
      <View className="factor-prompt__intro">{copy.promptIntro}</View>
      <TextField
        label={copy.code}
        name="factor-prompt__code"
        type="number"
        maxlength={6}
        value={code}
        placeholder={copy.codePlaceholder}
        error={error || undefined}
        errorName="factor-prompt__error"
        onChange={onChange}
      />
      <AppButton
        className="factor-prompt__verify"
        variant="primary"
        loading={busy}
        disabled={code.length !== 6}
        disabledReason={copy.codeNeeded}
        onClick={onVerify}
      >
        {busy ? copy.busy : copy.verify}
      </AppButton>
      <View className="factor-prompt__cancel" role="button" onClick={onCancel}>
        {copy.cancel}
      </View>
    </View>
  );
}
