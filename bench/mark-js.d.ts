// mark.js ships no types; the benchmark uses only this much of it.
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'exactly' | 'complementary';
    diacritics?: boolean;
    caseSensitive?: boolean;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Document);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
