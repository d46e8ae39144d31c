import { PlainText, TEXT_CSS, plainComponent } from './plain';

export var Text = /*@__PURE__*/ plainComponent('taro-text-core', PlainText, TEXT_CSS);
