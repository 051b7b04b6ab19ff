import type { Meta, StoryObj } from '@storybook/react-vite';
import { Background, Panel, ReactFlow } from '@xyflow/react';
import { useState } from 'react';
import type { FlowNode } from '../../runtime/index';
import { brokenConfig, definitionOf, exampleFlow, exampleNode, flowOf, NODE_TYPES } from '../../.storybook/fixtures';
import { withEditorStore, type EditorStory } from '../../.storybook/editor-store';
import { useEditor } from '../store/EditorProvider';
import { Canvas } from './Canvas';
import { nodeTypesFor } from './node-types';
import { createEdgeProjector, createNodeProjector } from './to-react-flow';

/**
 * The card every node type gets on the canvas (NodeCard.tsx, one memoized component per type), in
 * each state it can be in. Cards are drawn by the canvas's own projection of the store, so problems,
 * selection and simulation hits reach them exactly as in the app.
 */
function CardStage({ caption }: { caption?: string }) {
  const registry = useEditor((s) => s.registry);
  const [projectNodes] = useState(createNodeProjector);
  const [projectEdges] = useState(createEdgeProjector);
  const nodes = useEditor(projectNodes);
  const edges = useEditor(projectEdges);
  return (
    <div style={{ height: '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypesFor(registry)}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.4 }}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        {caption && (
          <Panel position="top-left" className="canvas-hint">
            {caption}
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}

type Args = { type: string };
type Story = StoryObj<Args>;

const meta = {
  title: 'Canvas/Node card',
  render: () => <CardStage />,
  decorators: [withEditorStore],
  args: { type: 'discount' },
  argTypes: { type: { control: 'select', options: NODE_TYPES, description: 'Node type (from the app registry)' } },
} satisfies Meta<Args>;
export default meta;

/** One card of the chosen type (its settings from the examples), with what the state adds to the store. */
const one =
  (state: (node: FlowNode) => Omit<EditorStory, 'flow'>, change = (node: FlowNode) => node) =>
  ({ type }: Args): EditorStory => {
    const node = change(exampleNode(type));
    return { flow: flowOf([node]), validation: 'settings', ...state(node) };
  };

/** Settings that parse: the one-line summary is written from them. */
export const Valid: Story = { parameters: { editor: one(() => ({})) } };

/** One setting of the wrong kind: red border, a problem badge, "Settings need attention". */
export const Invalid: Story = {
  parameters: {
    editor: one(
      () => ({}),
      (node) => ({ ...node, config: brokenConfig(node.type, node.config) }),
    ),
  },
};

export const Selected: Story = { parameters: { editor: one((node) => ({ selection: { nodeIds: [node.id] } })) } };

/** After a simulation: how many orders passed here, and the card lit as part of the path shown. */
export const HitInSimulation: Story = {
  parameters: { editor: one((node) => ({ overlay: { hits: { [node.id]: 1284 }, highlightedNodeIds: [node.id] } })) },
};

/** A type this editor does not know (a file from another team): a dashed card that still shows its links. */
export const UnknownType: Story = {
  parameters: {
    editor: {
      flow: flowOf([
        { id: 'points-1', type: 'acme/retired-step', typeVersion: 1, config: {}, position: { x: 0, y: 0 } },
      ]),
      validation: 'settings',
    },
  },
};

const STATES = ['valid', 'invalid', 'selected', 'hit'] as const;

const PER_ROW = 2;

/** Every node type in every state, two types to a row: one sheet to review the cards at a glance. */
export const EveryTypeEveryState: Story = {
  argTypes: { type: { table: { disable: true } } },
  render: () => <CardStage caption={`Each type: ${STATES.join(' · ')} (left to right)`} />,
  parameters: {
    editor: () => {
      const rowTop: number[] = [0];
      for (let i = 0; i < NODE_TYPES.length; i += PER_ROW) {
        // Cards grow with their ports (a switch has one per case): leave room for the tallest in the row.
        const ports = NODE_TYPES.slice(i, i + PER_ROW).map((type) =>
          Math.max(1, definitionOf(type).outputs(definitionOf(type).config.parse(exampleNode(type).config)).length),
        );
        rowTop.push(rowTop.at(-1)! + 150 + 28 * Math.max(...ports));
      }
      const nodes = NODE_TYPES.flatMap((type, index) =>
        STATES.map((state, column) => {
          const node = exampleNode(type, `${type.replace(/\//g, '.')}--${state}`);
          const x = ((index % PER_ROW) * STATES.length + column) * 280 + (index % PER_ROW) * 120;
          return {
            ...node,
            position: { x, y: rowTop[Math.floor(index / PER_ROW)]! },
            ...(state === 'invalid' ? { config: brokenConfig(type, node.config) } : {}),
          };
        }),
      );
      const ids = (state: string) => nodes.filter((n) => n.id.endsWith(`--${state}`)).map((n) => n.id);
      return {
        flow: flowOf(nodes),
        validation: 'settings',
        selection: { nodeIds: ids('selected') },
        overlay: {
          hits: Object.fromEntries(ids('hit').map((id, i) => [id, 40 * (i + 1)])),
          highlightedNodeIds: ids('hit'),
        },
      };
    },
  },
};

/** The VIP priority example after simulating orders: hit counts on every card, one VIP order's path lit. */
export const SimulatedPath: Story = {
  argTypes: { type: { table: { disable: true } } },
  render: () => (
    <div style={{ height: '100vh' }}>
      <Canvas />
    </div>
  ),
  parameters: {
    editor: () => {
      const flow = exampleFlow('vip-priority');
      const path = ['order-received', 'member-tier', 'vip-10-off', 'double11', 'gift-bag', 'route', 'accept'];
      const edges = flow.edges.filter(
        (e) => path.includes(e.source) && path.indexOf(e.target) === path.indexOf(e.source) + 1,
      );
      const hits: Record<string, number> = {};
      flow.nodes.forEach((node, i) => (hits[node.id] = path.includes(node.id) ? 2400 - i * 180 : 90 + i * 7));
      return { flow, overlay: { hits, highlightedNodeIds: path, highlightedEdgeIds: edges.map((e) => e.id) } };
    },
  },
};
