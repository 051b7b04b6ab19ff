import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNELS } from '../../channels/index';
import { coreRegistry } from '../../nodes/index';
import { triggerToEndFlow } from '../db/templates';
import { appViews } from '../app-views';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { BUILT_IN_CHANNEL_NAMES, TRIGGER_CHANNEL_SUGGESTIONS } from './channel-names';

afterEach(cleanup);

describe('trigger channel suggestions', () => {
  it('name exactly the built-in channels of channels/registry.ts', () => {
    expect([...BUILT_IN_CHANNEL_NAMES]).toEqual(BUILT_IN_CHANNELS.map((c) => c.channel));
  });

  it('are offered by the inspector’s trigger "channels" field: every built-in, and tmall', () => {
    const Widget = appViews.fieldWidget(coreRegistry.get('trigger')!, 'channels')!;
    const store = createEditorStore({
      registry: coreRegistry,
      flow: triggerToEndFlow('f', 'F', coreRegistry),
      locale: 'en',
      persistLocale: false,
    });
    const { container } = render(
      <EditorProvider store={store}>
        <Widget value={['douyin']} onChange={() => {}} locale="en" schema={{}} config={{}} invalid={false} />
      </EditorProvider>,
    );
    const offered = [...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    for (const name of [...BUILT_IN_CHANNEL_NAMES, 'tmall']) if (name !== 'douyin') expect(offered).toContain(name);
    expect(TRIGGER_CHANNEL_SUGGESTIONS).toContain('douyin');
    expect(offered).not.toContain('douyin'); // already chosen
  });
});
