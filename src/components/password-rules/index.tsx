import { View } from '@tarojs/components';
import type { PasswordRuleState } from '../../../cloudfunctions/lib/contract/password-rules';
import './index.css';

interface Props {
  rules: PasswordRuleState[];
  labels: Record<PasswordRuleState['id'], string>;
}

/** Each password rule with a tick as soon as what is typed meets it. */
export function PasswordRules({ rules, labels }: Props) {
  return (
    <View className="password-rules">
      {rules.map((rule) => (
        <View
          key={rule.id}
          className={`password-rules__rule password-rules__rule--${rule.id}${rule.passed ? ' password-rules__rule--passed' : ''}`}
        >
          {rule.passed ? '✓ ' : '· '}
          {labels[rule.id]}
        </View>
      ))}
    </View>
  );
}
