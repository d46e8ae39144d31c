import { ScrollView } from '@tarojs/components';
import type { ComponentProps } from 'react';

type ScrollRegionProps = ComponentProps<typeof ScrollView> & {
  /** What a screen reader says the region holds, e.g. the document's title. */
  label: string;
};

/*
 * A scroll view a keyboard can focus and scroll (WCAG 2.1.1; axe scrollable-region-focusable):
 * tabindex, a region role and its name. WeChat's aria-component lists tabindex, aria-role and
 * aria-label for mini-program components; Taro's ScrollView types leave
 * all three out, hence the cast.
 */
const focusableRegion = (label: string) =>
  ({ tabIndex: 0, role: 'region', 'aria-label': label }) as Partial<ComponentProps<typeof ScrollView>>;

export function ScrollRegion({ label, ...scrollView }: ScrollRegionProps) {
  return <ScrollView {...scrollView} {...focusableRegion(label)} />;
}
