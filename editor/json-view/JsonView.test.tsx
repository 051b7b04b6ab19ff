import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { testRegistry } from '../db/repo.test-support';
import { flowJsonSchema, formatFlow } from './flow-text';
import { JsonView } from './JsonView';
import { problemsToMarkers } from './markers';

// Monaco cannot run in jsdom: a textarea with MonacoJson's props stands in; markers are exposed as data.
vi.mock('./MonacoJson', () => ({
  MonacoJson: (props: { value: string; onChange: (t: string) => void; markers?: readonly { line: number }[] }) => (
    <textarea
      aria-label="json"
      data-marker-lines={(props.markers ?? []).map((m) => m.line).join(',')}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  ),
}));

afterEach(cleanup);

const flow = triggerToEndFlow('flow-1', 'VIP', testRegistry);

function setup(props: Partial<Parameters<typeof JsonView>[0]> = {}) {
  const onValidFlow = vi.fn();
  const onDraftText = vi.fn();
  const view = render(
    <JsonView
      flow={flow}
      registry={testRegistry}
      locale="en"
      delayMs={0}
      onValidFlow={onValidFlow}
      onDraftText={onDraftText}
      {...props}
    />,
  );
  const textarea = () => screen.getByLabelText('json') as HTMLTextAreaElement;
  return {
    onValidFlow,
    onDraftText,
    textarea,
    rerender: (next: Flow) =>
      view.rerender(
        <JsonView
          flow={next}
          registry={testRegistry}
          locale="en"
          delayMs={0}
          onValidFlow={onValidFlow}
          onDraftText={onDraftText}
          {...props}
        />,
      ),
  };
}

describe('JsonView', () => {
  it('shows the flow and applies a valid edit', async () => {
    const { textarea, onValidFlow, onDraftText } = setup();
    expect(textarea().value).toBe(formatFlow(flow));
    fireEvent.change(textarea(), { target: { value: formatFlow({ ...flow, name: '大促' }) } });
    await waitFor(() => expect(onValidFlow).toHaveBeenCalledWith({ ...flow, name: '大促' }));
    expect(onDraftText).not.toHaveBeenCalled();
  });

  it('keeps invalid text, marks its lines, reports it as a draft; fixing it clears the draft', async () => {
    const { textarea, onValidFlow, onDraftText } = setup();
    const broken = formatFlow({ ...flow, edges: [{ id: 'e', source: 'trigger', sourcePort: 'nope', target: 'end' }] });
    fireEvent.change(textarea(), { target: { value: broken } });
    await waitFor(() => expect(onDraftText).toHaveBeenCalledWith(broken));
    expect(onValidFlow).not.toHaveBeenCalled();
    expect(textarea().value).toBe(broken);
    expect(screen.getByText(/Not applied/)).toBeTruthy();
    const line = broken.split('\n').findIndex((l) => l.includes('"sourcePort": "nope"')) + 1;
    expect(screen.getAllByRole('button', { name: new RegExp(`Line ${line}`) }).length).toBeGreaterThan(0);
    expect(textarea().dataset.markerLines).toContain(String(line));

    fireEvent.change(textarea(), { target: { value: formatFlow({ ...flow, description: 'fixed' }) } });
    await waitFor(() => expect(onDraftText).toHaveBeenLastCalledWith(null));
    expect(onValidFlow).toHaveBeenCalledWith({ ...flow, description: 'fixed' });
  });

  it('reports text that is not JSON at all, with its line', async () => {
    const { textarea, onDraftText } = setup();
    fireEvent.change(textarea(), { target: { value: '{\n  "format": \n}' } });
    await waitFor(() => expect(onDraftText).toHaveBeenCalledWith('{\n  "format": \n}'));
    expect(screen.getByText(/not valid JSON/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Line 3/ })).toBeTruthy();
  });

  it("words its problems in the UI's language and words them again when it changes", async () => {
    const props = { flow, registry: testRegistry, delayMs: 0, onValidFlow: vi.fn(), onDraftText: vi.fn() };
    const view = render(<JsonView {...props} locale="en" />);
    fireEvent.change(screen.getByLabelText('json'), { target: { value: '{\n  "format": \n}' } });
    await waitFor(() => expect(screen.getByText(/not valid JSON: a value is expected/)).toBeTruthy());
    view.rerender(<JsonView {...props} locale="zh" />);
    expect(screen.getByText(/不是有效的 JSON：此处应有一个值/)).toBeTruthy();
    expect(screen.queryByText(/not valid JSON/)).toBeNull();
    expect((screen.getByLabelText('json') as HTMLTextAreaElement).value).toBe('{\n  "format": \n}');
    expect(props.onValidFlow).not.toHaveBeenCalled();
  });

  it('follows changes made elsewhere while the text is valid', () => {
    const { textarea, rerender } = setup();
    const moved = { ...flow, name: 'Renamed on canvas' };
    rerender(moved);
    expect(textarea().value).toBe(formatFlow(moved));
  });

  it('restores a saved draft and never overwrites it; the person may choose the current flow', async () => {
    const { textarea, rerender, onDraftText } = setup({ draftText: '{ "half typed": ' });
    expect(textarea().value).toBe('{ "half typed": ');
    expect(screen.queryByText(/changed elsewhere/)).toBeNull();
    const moved = { ...flow, name: 'Renamed on canvas' };
    rerender(moved);
    expect(textarea().value).toBe('{ "half typed": ');
    fireEvent.click(screen.getByText(/Discard my text/));
    expect(textarea().value).toBe(formatFlow(moved));
    expect(onDraftText).toHaveBeenLastCalledWith(null);
  });
});

describe('json-view helpers', () => {
  it('turns problems into line markers (line 1 when a problem has none)', () => {
    expect(
      problemsToMarkers([
        { code: 'cycle', severity: 'error', message: 'a loop', path: ['edges', 2], line: 7 },
        { code: 'too-deep', severity: 'error', message: 'too deep', path: [] },
      ]),
    ).toEqual([
      { line: 7, severity: 'error', message: 'a loop — $.edges[2] [cycle]' },
      { line: 1, severity: 'error', message: 'too deep [too-deep]' },
    ]);
  });

  it('builds the flow schema once per registry, with the registry’s node types', () => {
    const schema = flowJsonSchema(testRegistry);
    expect(flowJsonSchema(testRegistry)).toBe(schema);
    expect(JSON.stringify(schema)).toContain('"enum":["trigger","end"]');
  });
});
