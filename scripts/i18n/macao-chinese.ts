import { Converter } from 'opencc-js';

/**
 * OpenCC's Simplified → Traditional characters in the `tw` glyph forms (用戶, 閱讀, 開啟, 說), which
 * is how Macao's public bodies print them (the `hk` forms give 用户, 閲讀, 開啓); characters only:
 * Taiwan vocabulary (`twp`) is not applied, Macao terms are, below.
 */
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/**
 * Where Macao (and Hong Kong) write a different word, not just different characters: OpenCC
 * converts script, not vocabulary. Applied after the character conversion, longest first.
 */
export const MACAO_TERMS: readonly (readonly [string, string])[] = [
  ['登錄', '登入'],
  ['郵箱', '電郵'],
  ['電子郵件', '電郵'],
  ['賬號', '帳號'],
  ['賬戶', '帳戶'],
  ['信息', '資料'],
  // 信息资料 ("information material") would read 資料資料 after the line above.
  ['資料資料', '資料'],
  ['短信', '短訊'],
  ['視頻', '影片'],
  ['上傳', '上載'],
  ['默認', '預設'],
  ['設置', '設定'],
  ['手機號', '手機號碼'],
  ['手機號碼碼', '手機號碼'],
  ['打印', '列印'],
  ['質量', '品質'],
  ['掃碼', '掃描二維碼'],
  ['刷新', '重新整理'],
  ['消息', '訊息'],
  ['臺', '台'],
  ['隻', '只'],
  ['加載', '載入'],
  ['下劃線', '底線'],
  ['聯繫', '聯絡'],
  ['支持', '支援'],
  ['獲取', '取得'],
  ['小程序', '小程式'],
  ['點擊', '按'],
  ['激活', '啟用'],
];

/** Simplified Chinese as a Macao reader writes it: OpenCC (cn → tw characters), then Macao terms. */
export function toMacaoChinese(text: string): string {
  let out = toTraditional(text);
  for (const [from, to] of MACAO_TERMS) out = out.split(from).join(to);
  return out;
}
