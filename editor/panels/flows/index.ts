export { FlowList, type FlowListProps } from './FlowList';
