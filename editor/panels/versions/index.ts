export { VersionsPanel, type VersionsPanelProps } from './versions-panel';
export { describeDiff } from './diff-text';
