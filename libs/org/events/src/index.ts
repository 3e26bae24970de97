export * from './org-events';
export * from './org-event-catalogue';
export * from './org-tree-as-of';
