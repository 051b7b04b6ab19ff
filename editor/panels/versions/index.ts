export { VersionsPanel, type VersionsPanelProps } from './VersionsPanel';
export { describeDiff } from './diff-text';
