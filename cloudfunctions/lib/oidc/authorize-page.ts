import { createHash } from 'node:crypto';
import { escapeHtml } from '../contract/escape-html';

/*
 * The authorization endpoint's page, server-rendered in Simplified Chinese (the provider's own
 * language; the person may not have opened 琴易办 yet, so no locale of theirs is known). Colours
 * are the app's tokens (src/styles/tokens.css): text, muted text, page, surface, link blue.
 */
const STYLE = [
  'body{margin:0;background:#f4f6f9;color:#1f2329;font:17px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif}',
  'main{box-sizing:border-box;max-width:560px;margin:0 auto;padding:24px 16px}',
  'section{background:#fff;border-radius:12px;padding:20px 18px}',
  'h1{margin:0 0 12px;color:#0b5cad;font-size:22px;line-height:1.4}',
  'p,li{margin:0 0 10px}',
  'ol{margin:0 0 10px;padding-left:1.4em}',
  '.muted{color:#5c6470;font-size:16px}',
  '.service{font-weight:600;overflow-wrap:anywhere}',
].join('');

/** Only this exact stylesheet may apply (CSP level 2 hash), so the policy needs no 'unsafe-inline'. */
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** No scripts, images, forms or connections: the page is text and its one stylesheet. */
export const AUTHORIZE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main><section>${body}</section></main></body>`,
    '</html>',
  ].join('\n');
}

/** A valid request: whom it is from, and where the person confirms it (this page cannot). */
export function requestPage(serviceName: string): string {
  const name = `<span class="service">“${escapeHtml(serviceName)}”</span>`;
  return page(
    '使用琴易办账号登录',
    [
      '<h1>使用琴易办账号登录</h1>',
      `<p>${name}申请使用您的琴易办账号登录。</p>`,
      '<p>琴易办只在微信中的琴易办小程序里确认登录，不能在此页面完成。请回到该服务：</p>',
      '<ol>',
      '<li>若它显示“用琴易办扫码登录”的二维码，请用微信扫码，或在琴易办小程序中点“扫码登录网页服务”扫码；</li>',
      '<li>若它本身是小程序，请在其中选择用琴易办登录，会打开琴易办小程序。</li>',
      '</ol>',
      '<p class="muted">在琴易办小程序中核对服务名称与所需信息后，再决定是否授权。</p>',
    ].join(''),
  );
}

/** An invalid request: refused here, the person sent back by their own hand. */
export function invalidRequestPage(): string {
  return page(
    '登录请求无效',
    [
      '<h1>登录请求无效</h1>',
      '<p>琴易办无法处理这个登录请求：发起请求的服务未登记，或请求内容有误。</p>',
      '<p>请回到您原来使用的服务，重新发起登录。</p>',
      '<p class="muted">为安全起见，琴易办不会把您自动转到其他网站。</p>',
    ].join(''),
  );
}
