/** The languages the product speaks, and text in all of them. */

/** Text in both languages the product speaks. */
export interface LocalText {
  readonly en: string;
  readonly zh: string;
}

export type Locale = keyof LocalText;
