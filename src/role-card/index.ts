export { RoleCard, type RoleCardProps } from './RoleCard';
export { roleCardLabels, type RoleCardLabels } from './labels';
