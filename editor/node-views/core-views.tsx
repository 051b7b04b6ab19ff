import { useId } from 'react';
import { TRIGGER_CHANNEL_SUGGESTIONS } from '../channels/channel-names';
import { TagListWidget } from '../inspector/fields/TagListWidget';
import { CurrencySelect } from './CurrencySelect';
import { PercentOffField } from './PercentOffField';
import { registerNodeView, type FieldWidgetProps } from './view-registry';

/** Channels are free text (a team may add its own), but the known ones are offered as suggestions. */
function ChannelsField(props: FieldWidgetProps) {
  const fallbackId = useId();
  const id = props.id ?? fallbackId;
  const field = { key: 'channels', kind: 'tags', schema: props.schema, required: false } as const;
  return (
    <TagListWidget
      id={id}
      field={field}
      value={props.value}
      onChange={props.onChange}
      invalid={props.invalid}
      suggestions={TRIGGER_CHANNEL_SUGGESTIONS}
    />
  );
}

registerNodeView('*', { fields: { currency: CurrencySelect } });
registerNodeView('trigger', { icon: 'play', accent: '#0f9d58', fields: { channels: ChannelsField } });
registerNodeView('condition', { icon: 'branch', accent: '#3b6fe0' });
registerNodeView('switch', { icon: 'switch', accent: '#3b6fe0' });
registerNodeView('discount', { icon: 'percent', accent: '#e8590c', fields: { percent: PercentOffField } });
registerNodeView('gift', { icon: 'gift', accent: '#d6336c' });
registerNodeView('approval', { icon: 'check', accent: '#9c36b5' });
registerNodeView('qc-check', { icon: 'clipboard', accent: '#7048e8' });
registerNodeView('route', { icon: 'truck', accent: '#0c8599' });
registerNodeView('tag', { icon: 'tag', accent: '#5c677d' });
registerNodeView('set-field', { icon: 'pencil', accent: '#5c677d' });
registerNodeView('notify', { icon: 'bell', accent: '#f08c00' });
registerNodeView('call-api', { icon: 'exchange', accent: '#1971c2' });
registerNodeView('end', { icon: 'flag', accent: '#495057' });
