import type { AnyNodeDefinition, Locale } from '../../runtime/index';
import type { NodeCategory } from '../../runtime/node/index';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../i18n/labels';

export interface PaletteGroup {
  readonly category: NodeCategory;
  readonly label: string;
  readonly items: readonly AnyNodeDefinition[];
}

/** Case- and width-insensitive: "ＶＩＰ" typed with a full-width IME finds "VIP". */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Node types grouped by category in flow order. A query matches the English or the Chinese title
 * (or the type id), whatever language the UI is in: staff often know a step by either name.
 * Every word of the query must match.
 */
export function searchPalette(
  definitions: readonly AnyNodeDefinition[],
  query: string,
  locale: Locale,
): PaletteGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (d: AnyNodeDefinition) => {
    const haystack = fold(`${d.title.en} ${d.title.zh} ${d.type}`);
    return words.every((w) => haystack.includes(w));
  };
  const known = new Set<string>(CATEGORY_ORDER);
  return CATEGORY_ORDER.map((category) => ({
    category,
    label: CATEGORY_LABELS[category][locale],
    // A category this editor does not know is shown under "custom" rather than dropped.
    items: definitions.filter(
      (d) => (known.has(d.category) ? d.category === category : category === 'custom') && matches(d),
    ),
  })).filter((group) => group.items.length > 0);
}
