export * from './org-commands';
export * from './org-tree';
export * from './org-placement';
export * from './error-messages';
// The tree read functions are shared with every subscriber, so they live in the events lib.
export {
  orgTree,
  orgTreeAsOf,
  foldOrgDirectory,
  type OrgTree,
  type OrgTreeDivision,
  type OrgTreePerson,
} from '@sales/org/events';
