import * as v from 'valibot';
import {
  isNoticeKey,
  noticeContent,
  NoticeTextSchema,
  paramKinds,
  type NoticeLocale,
} from '../../../../../cloudfunctions/lib/contract/notices/notice-text';
import {
  NOTICE_CATALOGS,
  NOTICE_ROLE_NAMES,
  renderNotice,
} from '../../../../../cloudfunctions/lib/contract/notices/render-notice';
import { zhCNNotices, type NoticeKey } from '../../../../../cloudfunctions/lib/contract/notices/zh-CN';

const LOCALES = Object.keys(NOTICE_CATALOGS) as NoticeLocale[];
const KEYS = Object.keys(zhCNNotices) as NoticeKey[];
const paramsIn = (template: string) => new Set([...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]));
const SAMPLE: Record<string, string> = {
  instant: '2026-12-01T00:00:00.000Z',
  day: '2026-12-31',
  text: 'X',
  roles: 'staff,admin',
};
const format = (kind: string, value: string) => `<${kind}:${value}>`;
const allParams = (key: NoticeKey) =>
  Object.fromEntries(Object.entries(paramKinds(key)).map(([name, kind]) => [name, SAMPLE[kind] ?? 'X']));

describe('the notice catalog', () => {
  it('has the four locales', () => {
    expect(LOCALES.sort()).toEqual(['en', 'pt-PT', 'zh-CN', 'zh-MO']);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it('has every key, with a title and a body', () => {
      expect(Object.keys(NOTICE_CATALOGS[locale]).sort()).toEqual([...KEYS].sort());
      for (const key of KEYS) {
        expect(NOTICE_CATALOGS[locale][key].title.trim()).not.toBe('');
        expect(NOTICE_CATALOGS[locale][key].body.trim()).not.toBe('');
      }
    });

    it.each(KEYS)('%s uses exactly the parameters the key declares', (key) => {
      const { title, body } = NOTICE_CATALOGS[locale][key];
      const used = new Set([...paramsIn(title), ...paramsIn(body)]);
      expect([...used].sort()).toEqual(Object.keys(paramKinds(key)).sort());
    });

    it('leaves no parameter, brace or bracket behind once every parameter is given', () => {
      for (const key of KEYS) {
        const shown = renderNotice({ key, params: allParams(key) }, locale, format);
        expect(shown).not.toBeNull();
        expect(`${shown?.title}\n${shown?.body}`).not.toMatch(/[{}[\]]/);
      }
    });

    it('leaves nothing behind, […] included, when the optional parameters are not given', () => {
      for (const key of KEYS) {
        const { title, body } = zhCNNotices[key];
        const optional = new Set([...`${title}${body}`.matchAll(/\[[^\]]*\{(\w+)\}/g)].map((m) => m[1]));
        const required = Object.fromEntries(Object.entries(allParams(key)).filter(([name]) => !optional.has(name)));
        const shown = renderNotice({ key, params: required }, locale, format);
        expect(shown).not.toBeNull();
        expect(`${shown?.title}\n${shown?.body}`).not.toMatch(/[{}[\]]/);
      }
    });
  });

  it('has no Chinese in the English and Portuguese texts except the document brackets 《》', () => {
    for (const locale of ['en', 'pt-PT'] as const) {
      for (const key of KEYS) {
        const { title, body } = NOTICE_CATALOGS[locale][key];
        expect(`${key}: ${title} ${body}`.replace(/[《》]/g, '')).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('words the Macao texts in Traditional characters, not the Simplified source', () => {
    for (const key of KEYS) {
      const { title, body } = NOTICE_CATALOGS['zh-MO'][key];
      expect(`${key}: ${title} ${body}`).not.toMatch(/[们这说账号录设务请认证处还]/);
    }
  });
});

describe('role names in a notice (a role proposal’s outcome)', () => {
  const roles = { key: 'proposal.roles.refused', params: { account: 'li_si', roles: 'reviewer,pusher' } };

  it('has a name for every role in every locale, with no Chinese in English and Portuguese', () => {
    for (const locale of LOCALES) {
      const { names } = NOTICE_ROLE_NAMES[locale];
      expect(Object.keys(names).sort()).toEqual(['admin', 'publisher', 'pusher', 'reviewer', 'staff', 'user']);
      for (const name of Object.values(names)) expect(name.trim()).not.toBe('');
      if (locale === 'en' || locale === 'pt-PT') expect(Object.values(names).join()).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it.each([
    ['zh-CN', '“审核人员、推送人员”'],
    ['zh-MO', '「審核人員、推送人員」'],
    ['en', '“Reviewer, Push staff”'],
    ['pt-PT', '«Revisor, Pessoal de envio»'],
  ] as const)('in %s writes the roles from their keys', (locale, shown) => {
    expect(renderNotice(roles, locale, format)?.body).toContain(shown);
  });

  it('the Simplified text the channels send names the roles; the stored parameter keeps the keys', () => {
    const content = noticeContent('proposal.roles.approved', { account: 'li_si', roles: 'staff,admin', reason: null });
    expect(content.body).toBe('您提议为账号 li_si 授予“工作人员、管理员”角色，已获批准并生效。');
    expect(content.text.params).toEqual({ account: 'li_si', roles: 'staff,admin' });
  });

  it('shows a message stored before roles were keys (Simplified names) as it was written', () => {
    const old = { ...roles, params: { ...roles.params, roles: '审核员、推送员' } };
    expect(renderNotice(old, 'en', format)?.body).toContain('“审核员、推送员”');
  });
});

describe('noticeContent', () => {
  it('writes the Simplified title and body the channels send, and keeps the key with the given parameters', () => {
    const content = noticeContent('security.sign-in-elsewhere', { time: '2026-12-01T00:00:00.000Z' });
    expect(content.title).toBe('账号登录提醒');
    expect(content.body).toMatch(/^2026-12-01 08:00，有人在另一个微信中/);
    expect(content.text).toEqual({ key: 'security.sign-in-elsewhere', params: { time: '2026-12-01T00:00:00.000Z' } });
  });

  it('drops an optional note that has no value, and keeps it when given', () => {
    const without = noticeContent('request.status.accepted', { matter: '设立登记', number: 'N1', comment: null });
    expect(without.body).toBe('您的申请（编号 N1）已受理。');
    expect(without.text.params).toEqual({ matter: '设立登记', number: 'N1' });
    const withNote = noticeContent('request.status.accepted', {
      matter: '设立登记',
      number: 'N1',
      comment: '请带原件',
    });
    expect(withNote.body).toBe('您的申请（编号 N1）已受理。说明：请带原件');
  });

  it('keeps a parameter’s translations only when there are some (a matter without any)', () => {
    const none = noticeContent(
      'request.status.accepted',
      { matter: '设立登记', number: 'N1', comment: null },
      { matter: {} },
    );
    expect(none.text).not.toHaveProperty('names');
    const some = noticeContent(
      'request.status.accepted',
      { matter: '设立登记', number: 'N1', comment: null },
      { matter: { en: 'Set-up' } },
    );
    expect(some.text.names).toEqual({ matter: { en: 'Set-up' } });
  });

  it('refuses a notice whose required parameter is empty', () => {
    expect(() => noticeContent('account.closed', { reason: '' })).toThrow(/required parameter/);
  });

  it('stores a text the message schema accepts', () => {
    const { text } = noticeContent(
      'request.status.accepted',
      { matter: '设立登记', number: 'N1', comment: null },
      { matter: { en: 'Establishment registration' } },
    );
    expect(v.safeParse(NoticeTextSchema, text).success).toBe(true);
    expect(v.safeParse(NoticeTextSchema, { ...text, key: 'Bad Key!' }).success).toBe(false);
    expect(v.safeParse(NoticeTextSchema, { ...text, params: { 'bad name': 'x' } }).success).toBe(false);
  });
});

describe('renderNotice', () => {
  const text = noticeContent(
    'request.status.supplement_requested',
    { matter: '设立登记', number: 'N1', comment: '请补充章程' },
    { matter: { en: 'Establishment registration', 'pt-PT': 'Registo de constituição' } },
  ).text;

  it('uses a parameter’s own translation in the reader’s language, and staff words as given', () => {
    expect(renderNotice(text, 'en', format)).toEqual({
      title: 'Establishment registration: more materials needed',
      body: 'Your application (no. N1) needs more materials. Note: 请补充章程',
    });
    expect(renderNotice(text, 'zh-MO', format)?.title).toBe('设立登记：需要補正材料');
  });

  it('writes instants and days through the given formatter', () => {
    const shown = renderNotice(
      { key: 'account.cancellation-requested', params: { effectiveAt: SAMPLE.instant ?? '' } },
      'pt-PT',
      format,
    );
    expect(shown?.body).toContain('<instant:2026-12-01T00:00:00.000Z>');
  });

  it('is null for an unknown key or a missing required parameter (the stored text is shown)', () => {
    expect(isNoticeKey('no.such-key')).toBe(false);
    expect(renderNotice({ key: 'no.such-key', params: {} }, 'en', format)).toBeNull();
    expect(renderNotice({ key: 'account.closed', params: {} }, 'en', format)).toBeNull();
    expect(renderNotice(null, 'en', format)).toBeNull();
  });
});
