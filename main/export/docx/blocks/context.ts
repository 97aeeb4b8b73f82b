/** What block writers share while one Word file is written. */
export interface DocxWriteContext {
  /** Numbered lists restart at 1: each gets its own instance of the numbering definition. */
  nextListInstance: () => number;
}
