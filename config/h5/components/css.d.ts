/** Types of css.js (the plain elements' own styles). */
export declare const VIEW_CSS: string;
export declare const TEXT_CSS: string;
export declare const SCROLL_VIEW_CSS: string;
export declare const BUTTON_CSS: string;
