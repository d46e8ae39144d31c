import { defineCustomElementTaroScrollViewCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var ScrollView = /*@__PURE__*/ taroComponent('taro-scroll-view-core', defineCustomElementTaroScrollViewCore);
