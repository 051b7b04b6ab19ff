import type { LocalText } from '../../runtime/node/index';
export { fieldMeta } from '../../runtime/node/index';

/** Both languages at once: every label in the product is bilingual. */
export const text = (en: string, zh: string): LocalText => ({ en, zh });

/** A JSONLogic condition in a config: any JSON; validation and compile check it properly. */
export { jsonLogicSchema } from './json-logic-schema';

/** A config field's label and help in both languages (and a widget hint): `.meta(fieldMeta(…))`. */
