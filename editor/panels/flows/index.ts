export { FlowList, type FlowListProps } from './flow-list';
