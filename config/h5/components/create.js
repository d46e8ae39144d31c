import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js';

/** One React proxy, as @tarojs/components/lib/react/components.js makes each (its custom element defined once here). */
export function taroComponent(tagName, defineCustomElement) {
  return createReactComponent(tagName, undefined, manipulatePropsFunction, defineCustomElement);
}
