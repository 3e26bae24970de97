/* Given-when-then fixtures of the transfer specs (issue 8 item 3): one department, three trees. */
import { type Actor, fold, specify } from '@sales/shared/domain';
import type { OrgSnapshot } from '../org-snapshot';
import { planDecider } from './plan';
import type { PlanCommand } from './plan-commands';
import type { PlanEvent } from './plan-events';
import type { OpenPlanState } from './plan-state';
import type { NodeTargetsInput } from './target-resolution';

/*
 * Issue 8 item 3: s-1 moves from 华东 (d-east) to 华西 (d-west) after both splits were approved.
 * His approved targets may not be taken over by an edit; they move by a transfer that the level
 * above each split approves, the approved figures staying in force until then.
 */
export const vp: Actor = { userId: 'vp-1', role: 'vp' };
export const dmEast: Actor = { userId: 'dm-east', role: 'division_manager', divisionId: 'd-east' };
export const dmWest: Actor = { userId: 'dm-west', role: 'division_manager', divisionId: 'd-west' };
export const director: Actor = { userId: 'dir-west', role: 'division_manager' };
export const s3: Actor = { userId: 's-3', role: 'salesperson', divisionId: 'd-west' };

const people = (westManagerAnswersTo: string): OrgSnapshot['people'] => [
  { id: 'vp-1', role: 'vp', managerId: null },
  { id: 'dir-west', role: 'division_manager', managerId: 'vp-1' },
  { id: 'dm-east', role: 'division_manager', managerId: 'vp-1' },
  { id: 'dm-west', role: 'division_manager', managerId: westManagerAnswersTo },
  { id: 's-1', role: 'salesperson', managerId: 'dm-east' },
  { id: 's-2', role: 'salesperson', managerId: 'dm-east' },
  { id: 's-3', role: 'salesperson', managerId: 'dm-west' },
];
const tree = (east: string[], west: string[], westManagerAnswersTo = 'vp-1'): OrgSnapshot => ({
  divisions: [
    { id: 'd-east', managerId: 'dm-east', salespeople: east },
    { id: 'd-west', managerId: 'dm-west', salespeople: west },
  ],
  people: people(westManagerAnswersTo),
});
export const before = tree(['s-1', 's-2'], ['s-3']);
/** As of today s-1 is in 华西; the VP is the level above both managers. */
export const moved = tree(['s-2'], ['s-3', 's-1']);
/** The same move, with a director (not the VP) above the west manager: two approvers. */
export const movedTwoApprovers = tree(['s-2'], ['s-3', 's-1'], 'dir-west');

export const sales = (realistic: number, stretch = realistic): NodeTargetsInput => ({
  salesAmount: { realistic, stretch },
});
export const set = (
  node: string,
  targets: NodeTargetsInput,
  actor: Actor = vp,
  org = before,
): PlanCommand => ({
  type: 'SetTargets',
  data: { actor, node, targets, org, acknowledgeRegressiveQuarters: true },
});
export const submit = (unit: string, actor: Actor = vp, org = before): PlanCommand => ({
  type: 'SubmitTargets',
  data: { actor, unit, org },
});
export const approve = (unit: string, actor: Actor = vp, org = before): PlanCommand => ({
  type: 'ApproveTargets',
  data: { actor, unit, org },
});
export const transfer = (actor: Actor, org = moved, reason = '调往华西，客户随人走'): PlanCommand => ({
  type: 'TransferSalespersonTargets',
  data: { actor, personId: 's-1', reason, org },
});
export const approveTransfer = (actor: Actor, org = moved): PlanCommand => ({
  type: 'ApproveTargetsTransfer',
  data: { actor, personId: 's-1', org },
});
export const rejectTransfer = (actor: Actor, reason: string, org = moved): PlanCommand => ({
  type: 'RejectTargetsTransfer',
  data: { actor, personId: 's-1', reason, org },
});

export function history(...commands: PlanCommand[]): PlanEvent[] {
  const events: PlanEvent[] = [];
  for (const command of commands) events.push(...planDecider.decide(command, fold(planDecider, events)));
  return events;
}
export const after = (events: PlanEvent[], ...commands: PlanCommand[]) => {
  const all = [...events];
  for (const command of commands) all.push(...planDecider.decide(command, fold(planDecider, all)));
  return all;
};
export const stateOf = (events: PlanEvent[]) => fold(planDecider, events) as OpenPlanState;
export const spec = specify(planDecider);
export const year = (events: PlanEvent[], node: string) =>
  stateOf(events).approved[node]?.targets.salesAmount?.realistic.year;

/** Company 1000 → east 600 (s-1 350, s-2 250) and west 400 (s-3 400), every split approved. */
export const companyApproved: PlanCommand[] = [
  { type: 'OpenPlan', data: { actor: vp, fiscalYear: 2026, currency: 'CNY' } },
  set('company', sales(1000, 1200)),
  set('division:d-east', sales(600, 700)),
  set('division:d-west', sales(400, 500)),
  submit('company'),
  approve('company'),
];
export const allApproved = (s1: NodeTargetsInput = sales(350, 400)) =>
  history(
    ...companyApproved,
    set('salesperson:s-1', s1, dmEast),
    set('salesperson:s-2', sales(250, 300), dmEast),
    submit('division:d-east', dmEast),
    approve('division:d-east'),
    set('salesperson:s-3', sales(400, 500), dmWest),
    submit('division:d-west', dmWest),
    approve('division:d-west'),
  );
export const opened = () => after(allApproved(), transfer(dmWest));
