/**
 * 关怀模式 (长辈版): the switch on home and in 我的. Simplified Chinese; the other catalogs must
 * match this shape.
 */
export const zhCNCare = {
  title: '长辈版',
  hint: '字更大、按钮更大、页面更简洁',
  on: '已开启',
  off: '已关闭',
} as const;
