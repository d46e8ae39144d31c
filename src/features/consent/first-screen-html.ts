/**
 * H5: the agreement's first screen as static HTML in index.html (config/index.ts hands it to the page
 * template), so a first launch shows the agreement, and its tick box answers, as soon as the browser
 * paints, before the app's scripts have fetched the page's own chunk and drawn it (issue 18: "render
 * the bundled version at once"). The agreement page takes it over when it mounts
 * (src/platform/first-screen.h5.ts): the tick and a tap on either button made meanwhile carry over,
 * and its own first frame replaces the copy without a visible change (same elements, same classes).
 *
 * Built at build time from what the page itself renders from: the catalogs, this build's launch
 * documents, the same first-screen count. Shown only where the page would show exactly this: a first
 * launch (no consent decision, no version in force cached from the cloud), no deep link, not in
 * 关怀模式; anywhere else the container stays empty and the app starts as before.
 * The weapp build has no page template: WeChat shows its own launch screen, then the page.
 */
import { escapeHtml } from '../../../cloudfunctions/lib/contract/escape-html';
import { CURRENT_LAUNCH_POLICIES } from '../../../policies/generated/launch';
import type { LaunchPolicyId } from '../../../policies/generated/launch';
import type { Block, PolicyDocument, Span } from '../../../policies/generated';
import { calendarDayIn } from '../../i18n/beijing-time';
import { en } from '../../i18n/en';
import { LOCALES } from '../../i18n/locale';
import type { Locale } from '../../i18n/locale';
import { ptPT } from '../../i18n/pt-PT';
import { zhCN } from '../../i18n/zh-CN';
import { zhMO } from '../../i18n/zh-MO';
import { FIRST_SCREEN_ID, firstScreenBlocks } from './first-screen';
import { LAUNCH_DOCUMENT_IDS } from './launch-ids';

/** ROUTES.home: with no hash, the launch entry (src/platform/launch-route.ts openFirst); any other hash is a deep link. */
const HOME_ROUTE = '/pages/index/index';
/** ROUTES.agreement: Taro's H5 router names a page's element by its route (`/pages/agreement/index?stamp=…`). */
const AGREEMENT_ROUTE = '/pages/agreement/index';
/**
 * Device storage keys that mean this is not a first launch as the copy shows it (StorageSchema,
 * src/platform/storage.ts): a decision made, or versions in force the cloud named, which may be newer
 * than this build's text.
 */
const NOT_FIRST_LAUNCH = ['consent.accepted', 'consent.declined', 'policy.inEffect'] as const;

const CATALOGS = { 'zh-CN': zhCN, 'zh-MO': zhMO, 'pt-PT': ptPT, en } as const;

/** One element as Taro's H5 components write it: the tag, the attributes, the class last. */
function element(tag: string, attributes: Record<string, string>, className: string, inner: string): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attrs} class="${escapeHtml(className)}">${inner}</${tag}>`;
}
const view = (className: string, inner: string, attributes: Record<string, string> = {}) =>
  element('taro-view-core', attributes, className, inner);

/** As PolicyView writes them: plain spans as text, a bold span as its own element. */
function spans(list: readonly Span[]): string {
  return list
    .map((span) =>
      span.bold ? element('taro-text-core', {}, 'policy-view__bold', escapeHtml(span.text)) : escapeHtml(span.text),
    )
    .join('');
}
function block(b: Block): string {
  if (b.kind === 'heading')
    return view(`policy-view__h${b.level}`, escapeHtml(b.text), b.anchor ? { id: b.anchor } : {});
  return view(b.kind === 'listItem' ? 'policy-view__li' : 'policy-view__p', spans(b.spans));
}

/** The note under the version line, as PolicyLanguageNote writes it for each language. */
function languageNote(locale: Locale): string {
  const c = CATALOGS[locale];
  if (locale === 'zh-CN') return '';
  if (locale === 'zh-MO')
    return view('policy-language-note policy-language-note__link', escapeHtml(c.policy.readingCopyLink), {
      role: 'link',
    });
  return view('policy-language-note', escapeHtml(c.policy.authoritativeNote), { role: 'note' });
}

/** The agreement page's first frame on a first launch in `locale`, the user agreement's tab open. */
export function firstScreenHtml(locale: Locale, documents: readonly PolicyDocument[] = launchPair()): string {
  const c = CATALOGS[locale];
  const doc = documents[0];
  if (!doc) return '';
  const tabs = documents
    .map((d, i) =>
      view(
        `agreement__tab agreement__tab--${d.id}${i === 0 ? ' agreement__tab--active' : ''}`,
        escapeHtml(c.policy.names[d.id as keyof typeof c.policy.names] ?? d.title),
        { role: 'tab', 'aria-selected': String(i === 0) },
      ),
    )
    .join('');
  const version = `${c.agreement.version} ${doc.version} · ${c.agreement.effective} ${calendarDayIn(doc.effectiveDate, locale)}`;
  const region = element(
    'taro-scroll-view-core',
    {
      'scroll-y': 'true',
      'scroll-into-view': '',
      'scroll-with-animation': 'true',
      tabindex: '0',
      role: 'region',
      'aria-label': c.policy.names[doc.id as keyof typeof c.policy.names] ?? doc.title,
    },
    'agreement__document policy-view',
    doc.blocks.slice(0, firstScreenBlocks(doc.blocks)).map(block).join(''),
  );
  const tick = view(
    'agreement__tick',
    view('agreement__box', '') + view('agreement__tick-label', escapeHtml(c.agreement.tick)),
    { role: 'checkbox', 'aria-checked': 'false' },
  );
  const actions = view(
    'agreement__actions',
    element(
      'taro-button-core',
      { role: 'button', tabindex: '0' },
      'app-button app-button--default agreement__disagree',
      escapeHtml(c.agreement.disagree),
    ) +
      element(
        'taro-button-core',
        // Not WeChat's privacy button's id or open-type: the page's own button is that, from its first frame.
        { disabled: 'true', 'aria-disabled': 'true', role: 'button' },
        'app-button app-button--primary app-button--disabled agreement__agree',
        escapeHtml(c.agreement.tickFirst),
      ),
  );
  const screen = view(
    'agreement ',
    view('agreement__intro', escapeHtml(c.agreement.intro)) +
      view('agreement__tabs', tabs, { role: 'tablist' }) +
      view(
        'agreement__meta',
        view('agreement__version', escapeHtml(version)) +
          view('agreement__toc-toggle qyb-tap', escapeHtml(c.agreement.contents), {
            role: 'button',
            'aria-expanded': 'false',
          }),
      ) +
      languageNote(locale) +
      region +
      tick +
      actions,
  );
  // The box Taro's router gives a page (.taro_page in @tarojs/router's styles, added by script later).
  return `<div class="taro_router" style="position:relative;width:100%;height:100%"><div class="taro_page taro_page_show taro_page_stationed" role="main" style="width:100%;height:100%;overflow-x:hidden;overflow-y:scroll">${screen}</div></div>`;
}

/** The launch documents by id, as this build carries them in force (CURRENT_LAUNCH_POLICIES). */
export type LaunchSet = Readonly<Record<LaunchPolicyId, PolicyDocument>>;

/** The two documents in the page's order. */
export function launchPair(current: LaunchSet = CURRENT_LAUNCH_POLICIES): PolicyDocument[] {
  return LAUNCH_DOCUMENT_IDS.map((id) => current[id]);
}

/** What the page's script needs of each language: the screen, and the agree button's two labels. */
export interface FirstScreenVariant {
  html: string;
  agree: string;
  tickFirst: string;
}

/** Where the page's script reads a first launch from (index.html passes the browser's own). */
export interface FirstScreenEnv {
  hash: string;
  storage: Pick<Storage, 'getItem'>;
  language: string;
  /** The element Taro's router puts its pages in (#app). */
  app: HTMLElement | null;
  home: string;
  agreement: string;
  blockers: readonly string[];
}

/**
 * The page's script (ES5, written into index.html as it is, so it can use nothing from outside
 * itself): decides whether this launch shows the copy, in which language, and answers the tick and
 * the two buttons until the page takes over; answers the language shown, or null. Its language rule
 * is localeFromWeChat's (src/i18n/locale.ts) on navigator.language, as Taro's H5 getAppBaseInfo
 * reports it, and its storage reading Taro's H5 getStorageSync's ({"data": …}); tests hold both to
 * the same answers, running this very text.
 */
export const SHOW_FIRST_SCREEN = `function (variants, container, env) {
  var hash = env.hash;
  if (!(hash === '' || hash === '#' || hash === '#/' || hash === '#' + env.home)) return null;
  for (var i = 0; i < env.blockers.length; i += 1) if (env.storage.getItem(env.blockers[i]) !== null) return null;
  function stored(key) {
    try {
      var value = JSON.parse(env.storage.getItem(key) || 'null');
      return value && typeof value === 'object' ? value.data : undefined;
    } catch (e) {
      return undefined;
    }
  }
  if (stored('ui.care') === true) return null;
  var locale = stored('ui.locale');
  if (typeof locale !== 'string' || !Object.prototype.hasOwnProperty.call(variants, locale)) {
    var lang = String(env.language || '').toLowerCase().replace('-', '_');
    if (lang === 'zh_hk' || lang === 'zh_tw' || lang === 'zh_mo' || lang === 'zh_hant') locale = 'zh-MO';
    else if (lang === 'en' || lang.indexOf('en_') === 0) locale = 'en';
    else if (lang === 'pt' || lang.indexOf('pt_') === 0) locale = 'pt-PT';
    else locale = 'zh-CN';
  }
  var variant = variants[locale];
  if (!variant) return null;
  container.innerHTML = variant.html;
  var tick = container.querySelector('.agreement__tick');
  var agree = container.querySelector('.agreement__agree');
  var disagree = container.querySelector('.agreement__disagree');
  if (!tick || !agree || !disagree) {
    container.innerHTML = '';
    return null;
  }
  container.hidden = false;
  tick.addEventListener('click', function () {
    var on = tick.getAttribute('aria-checked') !== 'true';
    tick.setAttribute('aria-checked', String(on));
    if (on) tick.classList.add('agreement__tick--on');
    else tick.classList.remove('agreement__tick--on');
    tick.firstElementChild.textContent = on ? '\u2713' : '';
    agree.textContent = on ? variant.agree : variant.tickFirst;
    if (on) {
      agree.classList.remove('app-button--disabled');
      agree.removeAttribute('disabled');
      agree.removeAttribute('aria-disabled');
    } else {
      agree.classList.add('app-button--disabled');
      agree.setAttribute('disabled', 'true');
      agree.setAttribute('aria-disabled', 'true');
    }
  });
  // A tap the page is not there yet to answer is kept for it (src/platform/first-screen.h5.ts).
  agree.addEventListener('click', function () {
    if (tick.getAttribute('aria-checked') === 'true') container.setAttribute('data-pending', 'agree');
  });
  disagree.addEventListener('click', function () {
    container.setAttribute('data-pending', 'disagree');
  });
  // The agreement page takes the copy off as it draws. Should another page open first (a reLaunch
  // before it mounted), that page's arrival in the router's element takes it off.
  var app = env.app;
  if (app && typeof MutationObserver === 'function') {
    var watch = new MutationObserver(function () {
      if (container.hidden) return watch.disconnect();
      for (var child = app.firstElementChild; child; child = child.nextElementSibling) {
        if ((' ' + child.className + ' ').indexOf(' taro_page ') >= 0 && child.id.indexOf(env.agreement) !== 0) {
          container.innerHTML = '';
          container.hidden = true;
          return watch.disconnect();
        }
      }
    });
    watch.observe(app, { childList: true });
  }
  return locale;
}`;

/** The variants by language, as the page's script receives them. */
export function firstScreenVariants(current: LaunchSet = CURRENT_LAUNCH_POLICIES): Record<string, FirstScreenVariant> {
  const documents = launchPair(current);
  const variants: Record<string, FirstScreenVariant> = {};
  for (const locale of LOCALES) {
    const c = CATALOGS[locale];
    variants[locale] = {
      html: firstScreenHtml(locale, documents),
      agree: c.agreement.agree,
      tickFirst: c.agreement.tickFirst,
    };
  }
  return variants;
}

/** The launch entry's route, the agreement's, and the storage keys that rule a launch out, as the page's script is given them. */
export const FIRST_SCREEN_RULES = { home: HOME_ROUTE, agreement: AGREEMENT_ROUTE, blockers: NOT_FIRST_LAUNCH } as const;

/**
 * What index.html carries: the container, the agreement page's stylesheet (render-blocking, as the
 * page's own chunk would load it), and the script that fills the container on a first launch.
 * `agreementCss`: the page's stylesheet as the build names it.
 */
export function firstScreenMarkup(agreementCss: string, current: LaunchSet = CURRENT_LAUNCH_POLICIES): string {
  // No `</` in the data: no text in it can end the script element early.
  const data = JSON.stringify(firstScreenVariants(current)).replace(/</g, '\\u003c');
  const rules = JSON.stringify(FIRST_SCREEN_RULES).slice(1, -1);
  const env = `{hash:location.hash,storage:localStorage,language:navigator.language||'',app:document.getElementById('app'),${rules}}`;
  return [
    // Where Taro's router puts a page: over the whole viewport, on white.
    `<div id="${FIRST_SCREEN_ID}" hidden style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:1;background:#fff"></div>`,
    '<script>',
    `(function(){var box=document.getElementById(${JSON.stringify(FIRST_SCREEN_ID)});`,
    `try{if((${SHOW_FIRST_SCREEN})(${data},box,${env})){var l=document.createElement('link');l.rel='stylesheet';l.href=${JSON.stringify(agreementCss)};l.setAttribute('blocking','render');document.head.appendChild(l);}}`,
    `catch(e){box.innerHTML='';box.hidden=true;}})();`,
    '</script>',
  ].join('');
}
