import type { Flow, Locale } from '../../runtime/index';
import { TEMPLATE_TEXTS } from './welcome.i18n';

export interface TemplateCard {
  readonly flow: Flow;
  readonly name: string;
  readonly about: string;
  /** Name and description come from the flow file as written (not translated): shown as the user's text. */
  readonly asWritten: boolean;
}

/** Each template with the name and description people read in `locale`. */
export function templateCards(templates: readonly Flow[], locale: Locale): TemplateCard[] {
  return templates.map((flow) => {
    const texts = TEMPLATE_TEXTS[flow.id];
    return texts
      ? { flow, name: texts.name[locale], about: texts.about[locale], asWritten: false }
      : { flow, name: flow.name, about: flow.description, asWritten: true };
  });
}

/**
 * Templates whose name or description (in either language, so "VIP" finds 会员优先 too) holds every word
 * typed, ignoring case.
 */
export function searchTemplates(cards: readonly TemplateCard[], query: string): TemplateCard[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...cards];
  return cards.filter((card) => {
    const texts = TEMPLATE_TEXTS[card.flow.id];
    const haystack = [
      card.name,
      card.about,
      card.flow.name,
      texts?.name.en,
      texts?.name.zh,
      texts?.about.en,
      texts?.about.zh,
    ]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
