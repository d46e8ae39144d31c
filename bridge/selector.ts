/** Mini-program component names; in Taro H5 each renders as the custom element `taro-<name>-core`. */
const COMPONENTS = new Set([
  'view',
  'text',
  'button',
  'input',
  'textarea',
  'image',
  'icon',
  'label',
  'form',
  'navigator',
  'scroll-view',
  'swiper',
  'swiper-item',
  'movable-area',
  'movable-view',
  'cover-view',
  'cover-image',
  'checkbox',
  'checkbox-group',
  'radio',
  'radio-group',
  'switch',
  'slider',
  'picker',
  'picker-view',
  'picker-view-column',
  'progress',
  'rich-text',
  'editor',
  'video',
  'audio',
  'camera',
  'map',
  'canvas',
  'web-view',
]);

const TYPE_POSITION = new Set(['', ' ', '\t', '\n', '>', '+', '~', ',', '(']);

/**
 * Rewrites a WXSS-style selector for Taro's H5 DOM: type selectors of mini-program components become
 * their custom elements (`view.card > button` → `taro-view-core.card > taro-button-core`); classes,
 * ids, attributes and pseudo-classes stay as written.
 */
export function toDomSelector(selector: string): string {
  let out = '';
  let i = 0;
  let previous = '';
  while (i < selector.length) {
    const c = selector[i];
    if (c === '[' || c === '"' || c === "'") {
      const close = c === '[' ? ']' : c;
      const end = selector.indexOf(close, i + 1);
      const stop = end === -1 ? selector.length : end + 1;
      out += selector.slice(i, stop);
      previous = close;
      i = stop;
      continue;
    }
    const word = /^[a-zA-Z][\w-]*/.exec(selector.slice(i));
    if (word) {
      const name = word[0];
      out += TYPE_POSITION.has(previous) && COMPONENTS.has(name) ? `taro-${name}-core` : name;
      previous = name.slice(-1);
      i += name.length;
      continue;
    }
    out += c;
    previous = c;
    i += 1;
  }
  return out;
}

/** The mini-program tag name of a DOM element's local name (`taro-view-core` → `view`). */
export function toMiniProgramTag(localName: string): string {
  const match = /^taro-(.+)-core$/.exec(localName);
  return match ? match[1] : localName;
}
