import { type LocalizedText, assertNever, formatMoney } from '@sales/shared/domain';
import { NOTICE_KIND_LABELS, type NoticeFacts } from './notice';

/**
 * How the ids of a notice read to people, looked up when it is read (a person's name today, a
 * contract's form number, a customer's registered name). Each answers something readable even for
 * an id it does not know (then the id itself, marked as such).
 */
export type NoticeNames = Readonly<{
  person(id: string): string;
  contract(id: string): string;
  customer(id: string): string;
  division(id: string): string;
}>;

const MILESTONES: Readonly<Record<string, LocalizedText>> = {
  start: { zh: '安装开始', en: 'installation start' },
  finish: { zh: '安装完成', en: 'installation finish' },
  commission: { zh: '调试', en: 'commissioning' },
  accept: { zh: '验收', en: 'acceptance' },
};
const ASPECTS: Readonly<Record<string, LocalizedText>> = {
  schedule: { zh: '交期', en: 'schedule' },
  technology: { zh: '技术', en: 'technology' },
  installation: { zh: '安装', en: 'installation' },
};
const POOL_RULES: Readonly<Record<string, LocalizedText>> = {
  'no-follow-up': { zh: '长期未跟进', en: 'no follow-up' },
  'no-contract': { zh: '长期未签约', en: 'no contract' },
};
const label = (labels: Readonly<Record<string, LocalizedText>>, key: string): LocalizedText =>
  labels[key] ?? { zh: key, en: key };

/** A notice as a sentence, zh-CN first, with names in place of ids. */
export function noticeText(
  facts: NoticeFacts,
  names: NoticeNames,
): Readonly<{ title: LocalizedText; text: LocalizedText }> {
  return { title: NOTICE_KIND_LABELS[facts.kind], text: sentence(facts, names) };
}

function sentence(facts: NoticeFacts, names: NoticeNames): LocalizedText {
  switch (facts.kind) {
    case 'installation-delayed': {
      const contract = names.contract(facts.contractId);
      const customer = names.customer(facts.customerId);
      const milestone = label(MILESTONES, facts.milestone);
      const by = names.person(facts.delayedBy);
      return {
        zh: `合同 ${contract}（${customer}）的${milestone.zh}由 ${facts.previousDate} 延期至 ${facts.newDate}，原因：${facts.reason}（${by} 记录）`,
        en: `Contract ${contract} (${customer}): ${milestone.en} moved from ${facts.previousDate} to ${facts.newDate} because: ${facts.reason} (recorded by ${by})`,
      };
    }
    case 'stop-directive-issued': {
      const contract = names.contract(facts.contractId);
      const by = names.person(facts.issuedBy);
      return {
        zh: `合同 ${contract}（${names.customer(facts.customerId)}）自 ${facts.issuedOn} 停工，原因：${facts.reason}（${by} 下达）`,
        en: `Stop work on contract ${contract} (${names.customer(facts.customerId)}) from ${facts.issuedOn}: ${facts.reason} (issued by ${by})`,
      };
    }
    case 'stop-directive-lifted': {
      const contract = names.contract(facts.contractId);
      const by = names.person(facts.liftedBy);
      const still = facts.stillActive;
      return {
        zh: `合同 ${contract} 的停工指示已于 ${facts.liftedOn} 解除：${facts.reason}（${by}）${still > 0 ? `；仍有 ${still} 项停工指示有效` : '；可以复工'}`,
        en: `The stop directive on contract ${contract} was lifted on ${facts.liftedOn}: ${facts.reason} (${by})${still > 0 ? `; ${still} still in force` : '; work may go on'}`,
      };
    }
    case 'approval-waiting':
      return approvalSentence(facts, names);
    case 'instalment-overdue': {
      const contract = names.contract(facts.contractId);
      const amount = formatMoney(facts.outstandingMinor, facts.currency);
      return {
        zh: `合同 ${contract}（${names.customer(facts.customerId)}）的“${facts.instalmentName}”应于 ${facts.dueOn} 回款，尚欠 ${amount}`,
        en: `Contract ${contract} (${names.customer(facts.customerId)}): instalment “${facts.instalmentName}” was due on ${facts.dueOn}; ${amount} outstanding`,
      };
    }
    case 'pool-return-warning': {
      const rule = label(POOL_RULES, facts.rule);
      const customer = names.customer(facts.customerId);
      return {
        zh: `客户 ${customer} 自 ${facts.since} 起${rule.zh}，将于 ${facts.dueOn} 退回公海`,
        en: `Customer ${customer} (${rule.en} since ${facts.since}) returns to the pool on ${facts.dueOn}`,
      };
    }
    case 'summary-missing':
      return {
        zh: `${facts.periodLabel} 的书面总结应于 ${facts.dueOn} 提交，尚未提交`,
        en: `Your written summary for ${facts.periodLabel} was due on ${facts.dueOn} and is missing`,
      };
    case 'check-ins-missing':
      return {
        zh: `${facts.date} 外出，外出联系汇报 ${facts.checkIns} 次，少于规定的 ${facts.minimum} 次`,
        en: `Out of office on ${facts.date} with ${facts.checkIns} check-ins, fewer than the ${facts.minimum} required`,
      };
    default:
      return assertNever(facts);
  }
}

function approvalSentence(
  facts: Extract<NoticeFacts, { kind: 'approval-waiting' }>,
  names: NoticeNames,
): LocalizedText {
  switch (facts.what) {
    case 'targets': {
      const unit =
        facts.unit === 'company'
          ? { zh: '公司', en: 'the company' }
          : {
              zh: names.division(facts.unit.slice('division:'.length)),
              en: names.division(facts.unit.slice('division:'.length)),
            };
      const by = names.person(facts.submittedBy);
      return {
        zh: `${by} 提交了 ${facts.fiscalYear} 年${unit.zh}的目标分解（第 ${facts.version} 版），待您审批`,
        en: `${by} submitted the ${facts.fiscalYear} targets split of ${unit.en} (version ${facts.version}) for your approval`,
      };
    }
    case 'report-check': {
      const aspect = label(ASPECTS, facts.aspect ?? '');
      const by = names.person(facts.salespersonId);
      const customer = names.customer(facts.customerId);
      return {
        zh: `${by} 的签约前报备（${customer}，第 ${facts.revision} 版）待${aspect.zh}可行性确认`,
        en: `${by}'s pre-signing report (${customer}, revision ${facts.revision}) waits for the ${aspect.en} feasibility check`,
      };
    }
    case 'report-approval': {
      const by = names.person(facts.salespersonId);
      const customer = names.customer(facts.customerId);
      return {
        zh: `${by} 的签约前报备（${customer}，第 ${facts.revision} 版）待您审批（可行性确认后）`,
        en: `${by}'s pre-signing report (${customer}, revision ${facts.revision}) waits for your approval (once its checks are confirmed)`,
      };
    }
    case 'cycle': {
      const by = names.person(facts.submittedBy);
      return {
        zh: `${by} 提交了 ${facts.periodLabel} 的考核，待您审批`,
        en: `${by} submitted the ${facts.periodLabel} appraisal cycle for your approval`,
      };
    }
    default:
      return assertNever(facts);
  }
}
