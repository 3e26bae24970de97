import type { Actor } from '@sales/shared/domain';
import type { TeamView } from './team-scope';

/*
 * The department the meetings, coaching and summaries specs share: the VP 张伟, 华东 managed by
 * 王经理 with 李娜 and 赵强, 华南 managed by 何经理 with 陈静, and 孙主管 (sales admin).
 */
export const team: TeamView = {
  divisions: [
    { id: 'd-east', managerId: 'p-wang' },
    { id: 'd-south', managerId: 'p-he' },
  ],
  people: [
    { id: 'p-vp', role: 'vp', divisionId: null, managerId: null },
    { id: 'p-wang', role: 'division_manager', divisionId: 'd-east', managerId: 'p-vp' },
    { id: 'p-he', role: 'division_manager', divisionId: 'd-south', managerId: 'p-vp' },
    { id: 'p-li', role: 'salesperson', divisionId: 'd-east', managerId: 'p-wang' },
    { id: 'p-zhao', role: 'salesperson', divisionId: 'd-east', managerId: 'p-wang' },
    { id: 'p-chen', role: 'salesperson', divisionId: 'd-south', managerId: 'p-he' },
    { id: 'p-sun', role: 'sales_admin', divisionId: null, managerId: 'p-vp' },
    { id: 'p-gone', role: 'salesperson', divisionId: 'd-east', managerId: 'p-wang', status: 'left' },
  ],
};

export const who: Readonly<Record<'vp' | 'wang' | 'he' | 'li' | 'zhao' | 'chen' | 'sun', Actor>> = {
  vp: { userId: 'p-vp', role: 'vp' },
  wang: { userId: 'p-wang', role: 'division_manager' },
  he: { userId: 'p-he', role: 'division_manager' },
  li: { userId: 'p-li', role: 'salesperson' },
  zhao: { userId: 'p-zhao', role: 'salesperson' },
  chen: { userId: 'p-chen', role: 'salesperson' },
  sun: { userId: 'p-sun', role: 'sales_admin' },
};
