export * from './org-events';
export * from './org-directory';
export * from './org-publication';
export * from './org-commands';
export * from './org-tree';
export * from './org-placement';
export * from './error-messages';
export * from './org-upcasters';
