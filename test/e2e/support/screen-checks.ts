import { readFileSync } from 'node:fs';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { ANIMATIONS_SETTLED } from '../../../bridge/animations-settled';
import { TOP_PAGE } from './top-page';

/** axe-core's own bundle, run inside the page (contrast, names of controls, roles). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const AXE_LOADED = `function () { return Boolean(window.axe); }`;

/**
 * What the checks report about one screen. Written as plain JavaScript in a string: it runs in
 * the page through App.callFunction, where compiler helpers (__name…) do not exist.
 */
const SCAN = `async function (axeSource, minTarget, careTitlePx) {
  if (!window.axe) new Function(axeSource)();
  // A settled screen (at most 2 s): a page still sliding in makes the document wider than the screen
  // for a moment, as the screenshot's own wait (bridge App.captureScreenshot) knows.
  const settled = () => ${ANIMATIONS_SETTLED};
  const waitedFrom = performance.now();
  while (!settled() && performance.now() - waitedFrom < 2000) await new Promise((done) => requestAnimationFrame(done));
  const root = ${TOP_PAGE};
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const label = (el) => (el.className && String(el.className).split(' ')[0]) || el.tagName.toLowerCase();
  const findings = [];
  // What reaches past a right edge: the deepest such boxes, which say why.
  const past = (box, right) => {
    const out = Array.from(box.querySelectorAll('*')).filter((el) => visible(el) && el.getBoundingClientRect().right > right + 1);
    return out.filter((el) => !out.some((other) => other !== el && el.contains(other))).slice(0, 3).map(label).join(', ') || label(box);
  };
  // Text a clipping box cuts off at its right edge (an ellipsis says it goes on), each box once.
  const clipChecked = new Set();
  const clipped = (el) => {
    for (let box = el; box && !clipChecked.has(box); box = box === root ? null : box.parentElement) {
      clipChecked.add(box);
      const s = getComputedStyle(box);
      if (/hidden|clip/.test(s.overflowX) && s.textOverflow !== 'ellipsis' && box.scrollWidth > box.clientWidth + 1) findings.push('text cut off by ' + label(box) + ' (' + box.scrollWidth + ' px in ' + box.clientWidth + '): ' + past(box, box.getBoundingClientRect().left + box.clientWidth));
    }
  };
  // Visible text: no identifiers, template keys, raw codes or hashes (URLs and e-mail addresses are meant to be read).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const codes = [/\\b[a-z]+(?:[-_][a-z0-9]+)+\\b/, /\\b(?:openid|OPENID|public|thing\\d+|time\\d+|undefined|null|NaN)\\b/, /\\{\\{|\\$\\{|\\b[a-z]+\\.[a-z]+\\.[a-z]+\\b/, /\\b[0-9a-f]{16,}\\b/i, /npm run/];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !visible(el)) continue;
    if (node.textContent.trim()) clipped(el);
    // A credential an admin hands over to another service (its client id and secret) is meant to be copied.
    if (el.closest('.qyb-handed-over')) continue;
    const text = node.textContent.replace(/https?:\\/\\/\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|www\\.\\S+/g, '');
    // English and Portuguese words written with a hyphen are prose, not identifiers (Portuguese
    // joins a pronoun to its verb: colocar-nos, contactá-lo, registe-o, leia-as).
    const prose = text
      .replace(/\\b(?:third-party|sign-ins?|sign-outs?|one-time|e-mail|real-name|read-only|follow-up|cooling-off|ex-officio|palavra-passe|palavras-passe|mini-programas?|mini-programs?)\\b/gi, '')
      .replace(/[a-zà-ú]+-(?:nos|vos|se|me|te|lhe|lhes|lo|la|los|las|o|a|os|as)(?![\\w-])/gi, '');
    for (const code of codes) { const m = code.exec(prose); if (m) findings.push('code "' + m[0] + '" in ' + label(el)); }
  }
  // The page no wider than the screen: else its right side is out of reach.
  if (document.documentElement.scrollWidth > innerWidth) findings.push('page ' + document.documentElement.scrollWidth + ' px wide in ' + innerWidth + ': ' + past(root, innerWidth));
  // A placeholder that fits its field, in its own font (::placeholder may set one): a one-line
  // field its width, a multi-line one its lines (estimated from the width, so it errs short).
  const ruler = document.createElement('canvas').getContext('2d');
  for (const field of root.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (!field.placeholder || !visible(field)) continue;
    const s = getComputedStyle(field);
    const p = getComputedStyle(field, '::placeholder');
    const font = p.fontSize ? p : s;
    ruler.font = font.fontStyle + ' ' + font.fontWeight + ' ' + font.fontSize + ' ' + font.fontFamily;
    const wide = ruler.measureText(field.placeholder).width;
    const inner = field.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    const where = '"' + field.placeholder.slice(0, 24) + '" in ' + label(field.closest('taro-input-core, taro-textarea-core') || field);
    if (field.tagName === 'INPUT' && wide > inner + 1) findings.push('placeholder ' + Math.round(wide) + ' px wide in ' + Math.round(inner) + ': ' + where);
    if (field.tagName === 'TEXTAREA') {
      const lines = Math.ceil(wide / inner);
      const line = parseFloat(font.lineHeight) || parseFloat(font.fontSize) * 1.2;
      const high = field.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
      if (lines * line > high + 1) findings.push('placeholder of ' + lines + ' lines in ' + Math.floor(high / line) + ': ' + where);
    }
  }
  // Enabled buttons at full opacity; every control at least minTarget CSS px both ways. Links too:
  // none sits inside a sentence, so WCAG 2.5.8's inline exception exempts none of them.
  for (const el of root.querySelectorAll('taro-button-core, button, [role=button], [role=link], [role=switch], [role=radio], [role=checkbox], [role=tab], .language-switch__option')) {
    if (!visible(el)) continue;
    const disabled = el.hasAttribute('disabled') && el.getAttribute('disabled') !== 'false';
    if (!disabled && getComputedStyle(el).opacity !== '1') findings.push('enabled button at opacity ' + getComputedStyle(el).opacity + ': ' + label(el));
    const r = el.getBoundingClientRect();
    if (Math.min(r.width, r.height) < minTarget) findings.push('tap target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': ' + label(el));
  }
  // A radio in a named radiogroup: else a screen reader says neither "1 of 3" nor what is chosen.
  const named = (group) => (group.getAttribute('aria-label') || '').trim() || (group.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '').join('').trim();
  for (const el of root.querySelectorAll('[role=radio]')) {
    const group = el.parentElement && el.parentElement.closest('[role=radiogroup]');
    if (visible(el) && !(group && named(group))) findings.push('radio outside a named radiogroup: ' + label(el));
  }
  // 关怀模式 lifts all text to the care body size: a page title must stay above it (its rank).
  if (careTitlePx) {
    for (const el of root.querySelectorAll('.svc__title, .account-form__title, .factor-prompt__title, .policy-view__h1')) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (visible(el) && size < careTitlePx) findings.push('care title at ' + size + ' px: ' + label(el));
    }
  }
  const axeResult = await window.axe.run(root, { resultTypes: ['violations'] });
  for (const v of axeResult.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') findings.push('axe ' + v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
  }
  return findings;
}`;

/**
 * The care title token (48 design px) at the bridge's 390 px viewport is 24.96 CSS px; the care body
 * (40 design px) is 20.8. A title under 24 px has fallen to the body size.
 */
const CARE_TITLE_MIN_PX = 24;

/**
 * The screen on show, checked: visible codes, text cut off (by a clipping box, past the screen's
 * edge, or a placeholder longer than its field), faded enabled buttons, small tap targets (44 px, or
 * 60 px in 关怀模式, less a pixel for rem rounding), radios outside a named radiogroup, page titles above the body size in 关怀模式, and
 * axe-core's serious or critical violations.
 */
export async function checkScreen(miniProgram: MiniProgram, name: string, care: boolean): Promise<string[]> {
  const loaded = (await miniProgram.evaluate(AXE_LOADED)) === true;
  const findings = (await miniProgram.evaluate(
    SCAN,
    loaded ? '' : AXE_SOURCE,
    care ? 59 : 43,
    care ? CARE_TITLE_MIN_PX : 0,
  )) as string[];
  return findings.map((finding) => `${name}: ${finding}`);
}
