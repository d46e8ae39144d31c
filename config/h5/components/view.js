import { PlainView, VIEW_CSS, plainComponent } from './plain';

export var View = /*@__PURE__*/ plainComponent('taro-view-core', PlainView, VIEW_CSS);
