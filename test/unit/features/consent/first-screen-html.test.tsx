import { CURRENT_LAUNCH_POLICIES } from '../../../../policies/generated/launch';
import type { PolicyDocument } from '../../../../policies/generated';
import { firstScreenBlocks } from '../../../../src/features/consent/first-screen';
import {
  FIRST_SCREEN_RULES,
  firstScreenHtml,
  firstScreenMarkup,
} from '../../../../src/features/consent/first-screen-html';
import { readLaunchConsent } from '../../../../src/features/consent/launch-consent';
import { calendarDayIn } from '../../../../src/i18n/beijing-time';
import { en } from '../../../../src/i18n/en';
import { LOCALES, localeFromWeChat } from '../../../../src/i18n/locale';
import { ptPT } from '../../../../src/i18n/pt-PT';
import { zhCN } from '../../../../src/i18n/zh-CN';
import { zhMO } from '../../../../src/i18n/zh-MO';
import { dropFirstScreen, readFirstScreen } from '../../../../src/platform/first-screen.h5';
import { ROUTES } from '../../../../src/platform/navigation';
import { writeStored } from '../../../../src/platform/storage';
import { launchFirstScreen } from '../../../support/first-screen-script';

/**
 * The H5 page's prerendered first screen (src/features/consent/first-screen-html.ts): what each
 * language's copy holds, and the page script itself, run as index.html carries it, against the
 * storage Taro's H5 build writes and the language rule the app follows.
 */
const CATALOGS = { 'zh-CN': zhCN, 'zh-MO': zhMO, 'pt-PT': ptPT, en } as const;
const agreement = CURRENT_LAUNCH_POLICIES['user-agreement'];

/** A document whose text looks like markup. */
const ODD: PolicyDocument = {
  ...agreement,
  blocks: [
    { kind: 'heading', level: 1, text: '<img src=x onerror=alert(1)> & "q"', anchor: 'h' },
    { kind: 'paragraph', spans: [{ text: '</taro-view-core></script><script>x</script>', bold: true }] },
  ],
};

function parse(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}
const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe("the agreement's prerendered first screen", () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it.each(LOCALES)('in %s holds what the page shows first, in that language', (locale) => {
    const c = CATALOGS[locale];
    const copy = parse(firstScreenHtml(locale));
    expect(text(copy, '.agreement__intro')).toBe(c.agreement.intro);
    expect(Array.from(copy.querySelectorAll('.agreement__tab'), (tab) => tab.textContent)).toEqual([
      c.policy.names['user-agreement'],
      c.policy.names['privacy-policy'],
    ]);
    expect(copy.querySelector('.agreement__tab--active')?.textContent).toBe(c.policy.names['user-agreement']);
    expect(text(copy, '.agreement__version')).toBe(
      `${c.agreement.version} ${agreement.version} · ${c.agreement.effective} ${calendarDayIn(agreement.effectiveDate, locale)}`,
    );
    const region = copy.querySelector('.agreement__document');
    expect(region?.children).toHaveLength(firstScreenBlocks(agreement.blocks));
    expect(region?.getAttribute('aria-label')).toBe(c.policy.names['user-agreement']);
    const first = agreement.blocks[0];
    expect(region?.firstElementChild?.textContent).toBe(first?.kind === 'heading' ? first.text : undefined);
    expect(text(copy, '.agreement__tick-label')).toBe(c.agreement.tick);
    expect(copy.querySelector('.agreement__tick')?.getAttribute('aria-checked')).toBe('false');
    expect(text(copy, '.agreement__disagree')).toBe(c.agreement.disagree);
    expect(text(copy, '.agreement__agree')).toBe(c.agreement.tickFirst);
    expect(copy.querySelector('.agreement__agree')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('says in which language the documents bind as the page does: nothing in 简体, the reading copy in 繁體, a note otherwise', () => {
    expect(parse(firstScreenHtml('zh-CN')).querySelector('.policy-language-note')).toBeNull();
    expect(text(parse(firstScreenHtml('zh-MO')), '.policy-language-note__link')).toBe(zhMO.policy.readingCopyLink);
    expect(text(parse(firstScreenHtml('en')), '.policy-language-note')).toBe(en.policy.authoritativeNote);
    expect(text(parse(firstScreenHtml('pt-PT')), '.policy-language-note')).toBe(ptPT.policy.authoritativeNote);
  });

  it("writes a document's text as text, whatever characters it holds", () => {
    const copy = parse(firstScreenHtml('zh-CN', [ODD, CURRENT_LAUNCH_POLICIES['privacy-policy']]));
    expect(copy.querySelector('img, script')).toBeNull();
    expect(text(copy, '.policy-view__h1')).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(text(copy, '.policy-view__bold')).toBe('</taro-view-core></script><script>x</script>');
  });

  it("carries its data so that no document text can end the page's script", () => {
    const markup = firstScreenMarkup('/css/agreement.css', { ...CURRENT_LAUNCH_POLICIES, 'user-agreement': ODD });
    const script = markup.slice(markup.indexOf('<script>') + '<script>'.length, markup.lastIndexOf('</script>'));
    expect(script).not.toContain('</');
    expect(script).toContain(JSON.stringify('/css/agreement.css'));
  });

  it('shows on a first launch, in the language the app would choose from the browser', () => {
    const languages = [
      'zh-CN',
      'zh-TW',
      'zh-HK',
      'zh-MO',
      'en',
      'en-US',
      'en-GB',
      'pt',
      'pt-PT',
      'pt-BR',
      'fr-FR',
      'ja',
      '',
    ];
    for (const language of languages) {
      document.body.innerHTML = '';
      const { box, shown } = launchFirstScreen({ language });
      expect(shown).toBe(localeFromWeChat(language));
      expect(box.hidden).toBe(false);
      expect(text(box, '.agreement__tick-label')).toBe(CATALOGS[localeFromWeChat(language)].agreement.tick);
    }
  });

  it("shows in the language chosen in 我的, as Taro stores it, over the browser's", () => {
    writeStored('ui.locale', 'pt-PT');
    expect(launchFirstScreen({ language: 'en-US' }).shown).toBe('pt-PT');
  });

  it('shows from the launch entry, and not for a deep link', () => {
    expect(launchFirstScreen({ hash: '#/' }).shown).toBe('zh-CN');
    expect(launchFirstScreen({ hash: `#${ROUTES.home}` }).shown).toBe('zh-CN');
    const deep = launchFirstScreen({ hash: `#${ROUTES.accountProfile}` });
    expect(deep.shown).toBeNull();
    expect(deep.box.hidden).toBe(true);
    expect(deep.box.innerHTML).toBe('');
  });

  it('does not show once a decision is on the device, or versions in force the cloud named', () => {
    writeStored('consent.accepted', { version: 'x', acceptedAt: '2026-12-01T00:00:00Z' });
    expect(readLaunchConsent()).not.toBe('undecided');
    expect(launchFirstScreen().shown).toBeNull();
    localStorage.clear();
    writeStored('consent.declined', { declinedAt: '2026-12-01T00:00:00Z' });
    expect(readLaunchConsent()).toBe('declined');
    expect(launchFirstScreen().shown).toBeNull();
    localStorage.clear();
    writeStored('policy.inEffect', [
      { id: 'user-agreement', version: agreement.version, effectiveDate: agreement.effectiveDate },
    ]);
    const { box, shown } = launchFirstScreen();
    expect(shown).toBeNull();
    expect(box.hidden).toBe(true);
  });

  it('names the launch entry and the agreement as the app does', () => {
    expect(FIRST_SCREEN_RULES.home).toBe(ROUTES.home);
    expect(FIRST_SCREEN_RULES.agreement).toBe(ROUTES.agreement);
  });

  it('is taken off when the router opens another page first, and left to the agreement page otherwise', async () => {
    const router = document.createElement('div');
    document.body.appendChild(router);
    const page = (route: string) => {
      const element = document.createElement('div');
      element.className = 'taro_page taro_page_show';
      element.id = `${route}?stamp=1`;
      return element;
    };
    const { box } = launchFirstScreen({ app: router });
    router.appendChild(page(ROUTES.agreement));
    await Promise.resolve();
    expect(box.hidden).toBe(false);
    router.appendChild(page(ROUTES.accountProfile));
    await Promise.resolve();
    expect(box.hidden).toBe(true);
    expect(box.innerHTML).toBe('');
  });

  it('does not show in 关怀模式, whose layout it does not carry', () => {
    writeStored('ui.care', true);
    expect(launchFirstScreen().shown).toBeNull();
    localStorage.clear();
    writeStored('ui.care', false);
    expect(launchFirstScreen().shown).toBe('zh-CN');
  });

  it('answers the tick at once, and keeps a tap on either button for the page', () => {
    const { box } = launchFirstScreen({ language: 'en' });
    const tick = box.querySelector('.agreement__tick') as HTMLElement;
    const agree = box.querySelector('.agreement__agree') as HTMLElement;
    agree.click();
    expect(box.getAttribute('data-pending')).toBeNull();
    tick.click();
    expect(tick.getAttribute('aria-checked')).toBe('true');
    expect(tick.classList.contains('agreement__tick--on')).toBe(true);
    expect(text(tick, '.agreement__box')).toBe('✓');
    expect(agree.textContent).toBe(en.agreement.agree);
    expect(agree.hasAttribute('disabled')).toBe(false);
    expect(agree.classList.contains('app-button--disabled')).toBe(false);
    tick.click();
    expect(tick.getAttribute('aria-checked')).toBe('false');
    expect(agree.textContent).toBe(en.agreement.tickFirst);
    expect(agree.getAttribute('disabled')).toBe('true');
    tick.click();
    agree.click();
    expect(box.getAttribute('data-pending')).toBe('agree');
    (box.querySelector('.agreement__disagree') as HTMLElement).click();
    expect(box.getAttribute('data-pending')).toBe('disagree');
  });

  it('is read and taken off by the page (src/platform/first-screen.h5.ts)', () => {
    expect(readFirstScreen()).toBeNull();
    const { box } = launchFirstScreen();
    expect(readFirstScreen()).toEqual({ ticked: false, pending: null });
    (box.querySelector('.agreement__tick') as HTMLElement).click();
    (box.querySelector('.agreement__agree') as HTMLElement).click();
    expect(readFirstScreen()).toEqual({ ticked: true, pending: 'agree' });
    dropFirstScreen();
    expect(box.hidden).toBe(true);
    expect(box.innerHTML).toBe('');
    expect(readFirstScreen()).toBeNull();
  });
});
