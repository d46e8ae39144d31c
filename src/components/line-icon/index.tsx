import { View } from '@tarojs/components';
import './index.css';

/*
 * Line icons on a 24-unit grid, one stroke style (white, 1.8 wide, round ends), drawn as SVG data
 * URIs: a few bytes of path each, no image files or icon font in the main package (issue 18).
 * WXSS takes a background image as a network or inline (data:) URL, not a package file
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxss.html); WeChat's own WeUI
 * draws its icons the same way, URL-encoded SVG in weui.wxss (Tencent/weui-wxss, .weui-icon-search).
 */
const PATHS = {
  all: 'M4 4h6v6H4zm10 0h6v6h-6zM4 14h6v6H4zm10 0h6v6h-6z',
  registration: 'M3 21h18M5 21V9l7-5 7 5v12m-9 0v-6h4v6',
  filing:
    'M3 6.5C3 5.7 3.7 5 4.5 5H9l2 2h8.5c.8 0 1.5.7 1.5 1.5v10c0 .8-.7 1.5-1.5 1.5h-15C3.7 20 3 19.3 3 18.5zM8 14h8',
  certificate: 'M3 5h18v14H3zm10 5h5m-5 4h5M8.5 8a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM5.5 16c.5-1.5 5.5-1.5 6 0',
  subsidy: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 7l3 4 3-4m-3 4v6m-3-5h6m-6 3h6',
  'my-requests': 'M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M8.5 13.5l2.5 2.5 4.5-5',
  inbox: 'M3 6h18v12H3zm0 .5l9 6.5 9-6.5',
  account: 'M12 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM4 21c0-4 3.5-6 8-6s8 2 8 6',
  staff: 'M3 8h18v12H3zm5 0V5h8v3M3 13h18',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm9 16l-4-4',
} as const;
export type LineIconName = keyof typeof PATHS;

const uri = (d: string, colour: string) =>
  `url("data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="${d}"/></svg>`,
  )}")`;

/** A decorative icon: whatever it sits in carries the words, so readers skip the icon. */
export function LineIcon({
  name,
  className,
  colour = 'white',
}: {
  name: LineIconName;
  className: string;
  colour?: string;
}) {
  return (
    <View
      className={`line-icon ${className}`}
      aria-hidden="true"
      style={{ backgroundImage: uri(PATHS[name], colour) }}
    />
  );
}
