import { aside } from '../../../i18n/compose';
import { View } from '@tarojs/components';
import type { PersonalCopy } from '../../../../cloudfunctions/lib/contract/privacy';
import { beijingDateTime, calendarDay } from '../../../i18n/beijing-time';
import { t } from '../../../i18n';
import { tp } from '../../../i18n/packages';
import { tRights } from '../../../i18n/rights';
import { policyName } from './policy-name';

const time = (iso: string | null) => (iso ? beijingDateTime(iso) : '');

/** An accepted version as a person reads it: the document's name and the version's date. */
const acceptedVersion = (id: string, version: string) => t.policy.versionOf(policyName(id), calendarDay(version));

function Row({ name, label, value }: { name: string; label: string; value: string | null }) {
  return (
    <View className={`rights__copy-row rights__copy-row--${name}`}>
      <View className="rights__copy-label">{label}</View>
      <View className={`rights__copy-value rights__copy-value--${name}`}>{value ?? tRights.copy.notSet}</View>
    </View>
  );
}

/** Where a consent was given from, as recorded with it; "not recorded" once erased or never sent. */
function originOf(e: PersonalCopy['consents'][number]): string {
  const device = e.device ? [e.device.brand, e.device.model, e.device.system].filter(Boolean).join(' ') : '';
  const parts = [e.clientIp, device].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? parts.join(' · ') : tRights.copy.notRecorded;
}

/** The copy of my information, readable: every stored field in full, grouped as it is kept. */
export function PersonalCopyView({ copy }: { copy: PersonalCopy }) {
  const c = tRights.copy;
  const a = copy.account;
  return (
    <View className="rights__copy">
      <Row name="generated-at" label={c.generatedAt} value={time(copy.generatedAt)} />
      <View className="rights__copy-title">{c.account}</View>
      <Row name="account-name" label={c.accountName} value={a.accountName} />
      <Row name="real-name" label={c.realName} value={a.realName} />
      <Row
        name="document"
        label={c.document}
        value={`${tp.account.documentTypes[a.document.type]} ${a.document.number ?? ''}`}
      />
      <Row
        name="birth-date"
        label={c.birthDate}
        value={a.document.birthDate ? calendarDay(a.document.birthDate) : null}
      />
      <Row
        name="mobile"
        label={c.mobile}
        value={a.mobile.number && `${a.mobile.countryCode ?? ''} ${a.mobile.number}`}
      />
      <Row name="address" label={c.address} value={a.address} />
      <Row name="contact" label={c.contact} value={a.contact} />
      <Row name="verification" label={c.verification} value={tp.account.levels[a.verification.level]} />
      <Row name="status" label={c.status} value={tp.account.states[a.status.state]} />
      <Row name="created-at" label={c.createdAt} value={time(a.createdAt)} />
      <Row name="password-changed-at" label={c.passwordChangedAt} value={time(a.passwordChangedAt)} />
      <View className="rights__copy-title">{c.agreements}</View>
      {copy.agreements.map((g) => (
        <Row
          key={g.id}
          name={`agreement-${g.id}`}
          label={acceptedVersion(g.id, g.version)}
          value={time(g.acceptedAt)}
        />
      ))}
      <View className="rights__copy-title">{c.wechat}</View>
      <Row name="openid" label={c.openid} value={copy.wechat.openid} />
      <View className="rights__copy-title">{aside(c.consents, String(copy.consents.length))}</View>
      {copy.consents.map((e) => (
        <Row
          key={e.seq}
          name="consent"
          label={`#${e.seq} ${e.action === 'grant' ? c.grant : c.withdraw}`}
          value={`${e.subject.kind === 'document' ? policyName(e.subject.documentId) : tp.sensitiveConsent.purposes[e.subject.purpose].name} ${time(e.at)}`}
        />
      ))}
      {copy.consents.map((e) => (
        <Row key={`origin-${e.seq}`} name="consent-origin" label={`#${e.seq} ${c.origin}`} value={originOf(e)} />
      ))}
      <View className="rights__copy-title">{aside(c.sessions, String(copy.sessions.length))}</View>
      {copy.sessions.map((s) => (
        <Row key={s.createdAt} name="session" label={time(s.createdAt)} value={s.endedAt ? time(s.endedAt) : c.live} />
      ))}
      <View className="rights__copy-title">{aside(c.requests, String(copy.requests.length))}</View>
      {copy.requests.map((r) => (
        <Row key={r.id} name="request" label={tRights.kinds[r.kind]} value={tRights.statuses[r.status]} />
      ))}
      <View className="rights__copy-title">{aside(c.staffReads, String(copy.staffReads.length))}</View>
      {copy.staffReads.length === 0 && <View className="rights__copy-row rights__copy-none">{c.noStaffReads}</View>}
      {copy.staffReads.map((r) => (
        <Row
          key={`${r.at}-${r.staff}-${r.action}`}
          name="staff-read"
          label={time(r.at)}
          value={c.staffRead(r.staff, c.readActions[r.action] ?? r.action)}
        />
      ))}
      <View className="rights__copy-title">{c.counts}</View>
      <View className="rights__copy-row rights__copy-count">
        {c.messages(copy.counts.messages, copy.counts.unreadMessages)}
      </View>
      <View className="rights__copy-row rights__copy-count">{c.feedback(copy.counts.feedback)}</View>
      <View className="rights__copy-row rights__copy-count">{c.files(copy.counts.files)}</View>
      <View className="rights__copy-row rights__copy-count">{c.serviceRequests(copy.counts.serviceRequests)}</View>
    </View>
  );
}
