import { useLocale } from '../i18n/use-t';
import { shownChannelMessage } from './message-words';

/** A normalizer message in the UI's language; one the page cannot word in 中文 is shown as written, in English. */
export function ChannelMessage({ message }: { message: string }) {
  const locale = useLocale();
  const shown = shownChannelMessage(message, locale);
  return (
    <span {...(shown.english ? { lang: 'en' } : {})}>
      {shown.parts.map((part, i) =>
        'code' in part ? (
          <code key={i}>{part.code}</code>
        ) : 'asWritten' in part ? (
          <span key={i} data-user-text="">
            {part.asWritten}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
