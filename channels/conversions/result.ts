/** A conversion either gives a value or says, in words for people, why it cannot. */
export type Converted<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };
