import { type ApiCall, customersActors } from './customers-department';

/** One company, spelled the ways people type it: each normalises to the same name key. */
export const SPELLINGS = [
  '华信显示科技（上海）有限公司',
  '华信显示科技(上海)有限公司',
  '华信显示科技有限责任公司',
  ' 华信显示科技 ',
  '华信显示科技股份有限公司',
  '华信显示科技集团有限公司',
  '华信显示科技（中国）有限公司',
  '华信显示科技公司',
  '华信 显示 科技',
  '华信显示科技集团',
];

/**
 * 20 registrations of one company at once, by two salespeople of different divisions, through
 * `calls` (one per process: standalone gives one, distributed gives each replica): exactly one
 * succeeds, the others are 409 duplicate-customer naming the one that did.
 */
export async function registerSameCompanyConcurrently(calls: readonly ApiCall[], count = 20) {
  const people = [customersActors.li, customersActors.he];
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      calls[i % calls.length]('POST', '/customers', {
        actor: people[i % people.length],
        body: { name: SPELLINGS[i % SPELLINGS.length], industry: '显示屏', region: '上海', source: '展会' },
      }),
    ),
  );
  return responses;
}
