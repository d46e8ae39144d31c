/** The public properties of each component, as `element.property(name)` checks them (`__propPublic`). */
const COMMON = ['id', 'hidden', 'className', 'style'];

const BY_TAG: Record<string, string[]> = {
  input: ['value', 'type', 'password', 'placeholder', 'disabled', 'maxlength', 'focus', 'confirmType'],
  textarea: ['value', 'placeholder', 'disabled', 'maxlength', 'focus', 'autoHeight'],
  button: ['size', 'type', 'plain', 'disabled', 'loading', 'formType', 'openType'],
  checkbox: ['value', 'checked', 'disabled', 'color'],
  radio: ['value', 'checked', 'disabled', 'color'],
  switch: ['checked', 'disabled', 'type', 'color'],
  slider: ['min', 'max', 'step', 'disabled', 'value'],
  image: ['src', 'mode', 'lazyLoad'],
  'scroll-view': ['scrollX', 'scrollY', 'scrollTop', 'scrollLeft', 'scrollIntoView'],
};

export function publicProperties(tagName: string): Record<string, true> {
  const names = [...COMMON, ...(BY_TAG[tagName] ?? [])];
  return Object.fromEntries(names.map((name) => [name, true as const]));
}
