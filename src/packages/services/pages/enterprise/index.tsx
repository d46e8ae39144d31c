import { aside, labelled, listOf } from '../../../../i18n/compose';
import { calendarDay } from '../../../../i18n/beijing-time';
import { Picker, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { AgentGrantView } from '../../../../../cloudfunctions/lib/contract/enterprise';
import { DOCUMENT_TYPES } from '../../../../../cloudfunctions/lib/contract/identity-document';
import { useEnterprise, usccIssue } from '../../../../features/requests/use-enterprise';
import { tp } from '../../../../i18n/packages';
import { tr } from '../../../../i18n/requests';
import { FileList } from '../../components/file-list';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';

const e = tr.enterprise;

function GrantCard({
  grant,
  names,
  onRevoke,
}: {
  grant: AgentGrantView;
  names: Record<string, string>;
  onRevoke?: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const expired = grant.status === 'approved' && !grant.current;
  return (
    <View className={`svc__card enterprise__grant enterprise__grant--${grant.status}`}>
      <View className="svc__card-title">{grant.enterprise.name}</View>
      <View className="svc__row">
        <View className="svc__row-label">{grant.agentName}</View>
        <View className="enterprise__grant-status">{expired ? e.expired : e.grantStatuses[grant.status]}</View>
      </View>
      <View className="svc__hint">{e.period(grant.validFrom, grant.validUntil)}</View>
      <View className="svc__hint">{listOf(grant.matterCodes.map((code) => names[code] ?? code))}</View>
      {grant.decisionComment && <View className="svc__hint">{grant.decisionComment}</View>}
      {grant.revokeReason && <View className="svc__hint">{grant.revokeReason}</View>}
      {onRevoke && grant.status === 'approved' && (
        <View>
          <TextField
            name="enterprise__revoke-reason"
            idSuffix={grant.id}
            label={e.revokeReason}
            value={reason}
            placeholder={tFields.enterprise.revokeReason}
            maxlength={200}
            onChange={setReason}
          />
          <AppButton
            className="svc__button enterprise__revoke"
            variant="warn"
            disabled={reason.trim().length < 2}
            onClick={() => onRevoke(reason)}
          >
            {e.revoke}
          </AppButton>
        </View>
      )}
    </View>
  );
}

export default function EnterprisePage() {
  usePageTitle(tp.titles.enterprise);
  const care = useCareMode();
  const x = useEnterprise();
  useDidShow(() => {
    void x.load();
  });
  const f = x.enterprise;
  const issue = f.uscc.length > 0 ? usccIssue(f.uscc) : null;
  const names = Object.fromEntries(x.agentMatters.map((m) => [m.code, m.name]));
  return (
    <View className={`svc enterprise ${care.rootClass}`}>
      <View className="svc__title">{e.title}</View>
      {x.error && <View className="svc__error enterprise__error">{x.error}</View>}
      {x.notice && <View className="svc__notice enterprise__notice">{x.notice}</View>}
      {/* In place of the refusal (its message would repeat the card), where the person is looking after the tap. */}
      {x.takeover && (
        <View className="svc__card enterprise__takeover">
          <View className="svc__card-title">{e.takeover.title}</View>
          <View className="svc__hint enterprise__takeover-explain">{e.takeover.explain}</View>
          <AppButton
            className="svc__button enterprise__take-over"
            variant="primary"
            disabled={x.busy}
            onClick={() => void x.takeOver()}
          >
            {e.takeover.action}
          </AppButton>
        </View>
      )}

      <View className="svc__card-title">{e.myGrants}</View>
      {x.grants.length === 0 && <View className="svc__hint enterprise__no-grants">{e.noGrants}</View>}
      {x.grants.map((g) => (
        <GrantCard key={g.id} grant={g} names={names} />
      ))}

      {x.represented.map(({ enterprise, grants }) => (
        <View key={enterprise.id} className="enterprise__represented">
          <View className="svc__card-title">
            {enterprise.name} · {e.enterpriseGrants}
          </View>
          {grants.map((g) => (
            <GrantCard key={g.id} grant={g} names={names} onRevoke={(reason) => void x.revoke(g.id, reason)} />
          ))}
        </View>
      ))}

      <View className="svc__card enterprise__form">
        <View className="svc__card-title">
          {e.register} / {e.askGrant}
        </View>
        <View className="svc__hint">{e.registerIntro}</View>
        <TextField
          name="enterprise__uscc"
          label={e.uscc}
          value={f.uscc}
          maxlength={24}
          placeholder={tFields.enterprise.uscc}
          error={issue && f.uscc.length >= 18 ? e.usccIssues[issue] : undefined}
          errorName={`enterprise__uscc-issue enterprise__uscc-issue--${issue}`}
          onChange={(uscc) => x.setEnterprise({ uscc })}
        />
        <AppButton
          className="svc__button enterprise__find"
          disabled={issue !== null || x.busy}
          onClick={() => void x.find()}
        >
          {e.find}
        </AppButton>
        <TextField
          name="enterprise__name"
          label={e.name}
          value={f.name}
          maxlength={100}
          placeholder={tFields.enterprise.name}
          onChange={(name) => x.setEnterprise({ name })}
        />
        <TextField
          name="enterprise__representative"
          label={e.legalRepresentative}
          value={f.representative}
          maxlength={60}
          placeholder={tFields.enterprise.representative}
          onChange={(representative) => x.setEnterprise({ representative })}
        />
        <View className="svc__label">{e.documentType}</View>
        <View className="svc__choices" role="radiogroup" aria-label={e.documentType}>
          {DOCUMENT_TYPES.map((type) => (
            <View
              key={type}
              className={`svc__choice qyb-tap enterprise__doc-type enterprise__doc-type--${type}${f.documentType === type ? ' svc__choice--on' : ''}`}
              role="radio"
              aria-checked={f.documentType === type}
              onClick={() => x.setEnterprise({ documentType: type })}
            >
              {tp.account.documentTypes[type]}
            </View>
          ))}
        </View>
        <TextField
          name="enterprise__doc-number"
          label={e.documentNumber}
          value={f.documentNumber}
          maxlength={24}
          placeholder={tFields.enterprise.documentNumber}
          onChange={(documentNumber) => x.setEnterprise({ documentNumber })}
        />
        {x.tried && !x.enterpriseValid && <View className="svc__problem enterprise__problems">{e.problems}</View>}
        <AppButton className="svc__button enterprise__register" disabled={x.busy} onClick={() => void x.register()}>
          {e.register}
        </AppButton>
      </View>

      {x.found && (
        <View className="svc__card enterprise__ask">
          <View className="svc__card-title enterprise__found">
            {labelled(e.askGrant, aside(x.found.name, x.found.uscc))}
          </View>
          <View className="svc__label">{e.scope}</View>
          <View className="svc__choices">
            {x.agentMatters.map((m) => (
              <View
                key={m.code}
                className={`svc__choice qyb-tap enterprise__scope enterprise__scope--${m.code}${x.grant.matterCodes.includes(m.code) ? ' svc__choice--on' : ''}`}
                role="checkbox"
                aria-checked={x.grant.matterCodes.includes(m.code)}
                onClick={() => x.toggleMatter(m.code)}
              >
                {m.name}
              </View>
            ))}
          </View>
          <View className="svc__label">{e.validFrom}</View>
          <Picker
            mode="date"
            value={x.grant.validFrom}
            start={x.today}
            onChange={(ev) => x.setGrant({ validFrom: String(ev.detail.value) })}
          >
            <View className="qyb-field qyb-select enterprise__valid-from" role="button">
              {calendarDay(x.grant.validFrom)}
            </View>
          </Picker>
          <View className="svc__label">{e.validUntil}</View>
          <Picker
            mode="date"
            value={x.grant.validUntil}
            start={x.grant.validFrom}
            onChange={(ev) => x.setGrant({ validUntil: String(ev.detail.value) })}
          >
            <View className="qyb-field qyb-select enterprise__valid-until" role="button">
              {calendarDay(x.grant.validUntil)}
            </View>
          </Picker>
          <View className="svc__label">{e.authorisation}</View>
          <View className="svc__hint">{e.authorisationHint}</View>
          {x.grant.authorisation && <FileList files={[x.grant.authorisation]} />}
          <View className="svc__choices">
            <View
              className="svc__choice qyb-tap enterprise__add-photo"
              role="button"
              onClick={() => void x.addAuthorisation('album')}
            >
              {tr.apply.addPhoto}
            </View>
            <View
              className="svc__choice qyb-tap enterprise__add-file"
              role="button"
              onClick={() => void x.addAuthorisation('file')}
            >
              {tr.apply.addFile}
            </View>
          </View>
          <AppButton
            className="svc__button enterprise__submit-grant"
            variant="primary"
            disabled={!x.grantValid || x.busy}
            onClick={() => void x.requestGrant()}
          >
            {e.submitGrant}
          </AppButton>
        </View>
      )}
    </View>
  );
}
