export * from './org-events';
export * from './org-roles';
export * from './org-event-catalogue';
export * from './org-event-versions';
export * from './org-tree-as-of';
export * from './org-tree-copy';
