/** Types of no-pull-down.js: Taro's element definitions (its own .d.ts names only the classes). */
export declare function defineCustomElementTaroPullToRefreshCore(): void;
export declare function defineCustomElementTaroInputCore(): void;
