import { useId } from 'react';
import { triggerNode } from '../../nodes/trigger/trigger.node';
import { TRIGGER_CHANNEL_SUGGESTIONS } from '../channels/channel-names';
import { TagListWidget } from '../inspector/fields/TagListWidget';
import { defineNodeView, type FieldWidgetProps } from './view-registry';

const CHANNELS_LABEL = { en: 'Channels', zh: '渠道' } as const;

/** Channels are free text (a team may add its own), but the known ones are offered as suggestions. */
function ChannelsField(props: FieldWidgetProps) {
  const fallbackId = useId();
  const id = props.id ?? fallbackId;
  const field = {
    key: 'channels',
    kind: 'tags',
    label: CHANNELS_LABEL,
    schema: props.schema,
    required: false,
  } as const;
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

export const triggerView = defineNodeView(triggerNode, {
  icon: 'play',
  accent: '#0f9d58',
  fields: { channels: ChannelsField },
});
