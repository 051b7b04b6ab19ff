import type { Locale } from './locale';

/**
 * Words in every language the product speaks: one object of phrase functions per locale. Giving each
 * locale the same interface makes a missing translation a type error, as `LocalText` does for
 * labels. Used by validation (runtime/engine/problem-words.ts) and by nodes for what they write
 * while they run (nodes/shared/words.ts re-exports it).
 */
export type Words<Phrases> = { readonly [L in Locale]: Phrases };
