import { VIEW_CSS } from './css';
import { PlainView, plainComponent } from './plain';

export var View = /*@__PURE__*/ plainComponent('taro-view-core', PlainView, VIEW_CSS);
