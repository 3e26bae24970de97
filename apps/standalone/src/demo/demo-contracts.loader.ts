import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DEMO_DIVISIONS, DEMO_STAFF, type DemoContract, addDays, demoContracts } from '@sales/demo';
import {
  ContractService,
  DirectivesService,
  FormsService,
  InstallationService,
  ReceivablesService,
  ReportsService,
} from '@sales/contracts/service';
import type { Actor, BusinessDate, Clock, Role } from '@sales/shared/domain';
import { CLOCK, LOGGER } from '@sales/shared/runtime';
import { whenKnown } from './when-known';

const yuan = (amount: number) => amount * 100;
const staff = (role: Role, nth = 0): Actor => {
  const person = DEMO_STAFF.filter((p) => p.role === role)[nth];
  return { userId: person.personId, role };
};
const MILESTONES = [
  ['start', 'startOn'],
  ['finish', 'finishOn'],
  ['commission', 'commissionOn'],
  ['accept', 'acceptOn'],
] as const;

/**
 * The demo department's contracts (K1–K6), recorded through the services users' commands reach:
 * forms issued by 孙丽, each deal reported, checked by 孙丽, 吴建华 and an installer and approved by
 * the division manager, signed on its form, installed (some milestones delayed, one contract
 * stopped by 许文斌's directive, still in force), invoiced and paid by 刘芳 (most on time, some
 * late, some instalments still unpaid and overdue). Customers grades the paying customers from
 * contracts' PaymentReceived events, as it would in production.
 */
@Injectable()
export class DemoContractsLoader {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly forms: FormsService,
    private readonly reports: ReportsService,
    private readonly contracts: ContractService,
    private readonly installation: InstallationService,
    private readonly directives: DirectivesService,
    private readonly receivables: ReceivablesService,
  ) {}

  async load(fiscalYear: number, customerIds: ReadonlyMap<string, string>): Promise<void> {
    const today = this.clock.today();
    const all = demoContracts(fiscalYear, today);
    const numbers = await this.issueForms(all);
    let payments = 0;
    for (const [i, contract] of all.entries()) {
      const customerId = customerIds.get(contract.customer.name);
      if (!customerId) continue;
      const contractId = `demo-k-${fiscalYear}-${String(i + 1).padStart(3, '0')}`;
      await this.report(contract, customerId, i);
      await whenKnown(() =>
        this.contracts.sign(
          {
            contractId,
            formNumber: numbers.get(contract.ownerId)!.shift()!,
            customerId,
            signedOn: contract.signedOn,
            currency: 'CNY',
            amountMinor: yuan(contract.amountYuan),
            costEstimateMinor: yuan(contract.costEstimateYuan),
            lines: contract.lines.map((l) => ({
              productLineId: l.productLineId,
              amountMinor: yuan(l.amountYuan),
            })),
            paymentPlan: contract.instalments.map((inst) => ({
              name: inst.name,
              dueOn: inst.dueOn,
              amountMinor: yuan(inst.amountYuan),
            })),
          },
          this.owner(contract),
        ),
      );
      await this.install(contractId, contract, i, today);
      payments += await this.collect(contractId, contract, i, today);
    }
    this.logger.info({ contracts: all.length, payments }, 'demo contracts loaded');
  }

  /** 合同领用: each salesperson gets as many numbered forms as they sign, plus one spare. */
  private async issueForms(all: readonly DemoContract[]): Promise<Map<string, string[]>> {
    const numbers = new Map<string, string[]>();
    for (const division of DEMO_DIVISIONS) {
      for (const person of division.salespeople) {
        const count = all.filter((c) => c.ownerId === person.personId).length + 1;
        const issued = await whenKnown(() =>
          this.forms.issue({ holderId: person.personId, count }, staff('sales_admin')),
        );
        numbers.set(person.personId, [...issued.numbers]);
      }
    }
    return numbers;
  }

  /** 签约前报备: reported by the owner, checked by the three roles, approved by the division manager. */
  private async report(contract: DemoContract, customerId: string, i: number): Promise<void> {
    const { reportId } = await whenKnown(() =>
      this.reports.submit(
        {
          reportId: `demo-r-${i + 1}`,
          customerId,
          expectedAmountMinor: yuan(contract.amountYuan),
          products: contract.lines.map((l) => ({
            productLineId: l.productLineId,
            amountMinor: yuan(l.amountYuan),
          })),
          expectedSigningOn: contract.signedOn,
          expectedDeliveryOn: contract.installation.acceptOn,
          technicalRequirements: `${contract.lines[0].productLineId === 'led' ? 'LED' : 'LCD 拼接'}屏及控制系统，按客户方案`,
          installationConditions: '客户现场具备安装条件，需确认供电',
        },
        this.owner(contract),
      ),
    );
    for (const [aspect, actor] of [
      ['schedule', staff('sales_admin')],
      ['technology', staff('engineer')],
      ['installation', staff('installer', i % 2)],
    ] as const)
      await this.reports.decideFeasibility(reportId, aspect, { outcome: 'confirmed', note: '可行' }, actor);
    await this.reports.decide(reportId, { decision: 'approve' }, this.manager(contract));
  }

  /** 安装: installers assigned, milestones planned and recorded up to today; delays; one stop. */
  private async install(contractId: string, contract: DemoContract, i: number, today: BusinessDate) {
    const admin = staff('sales_admin');
    const installer = staff('installer', i % 2);
    const plan = contract.installation;
    await this.installation.assignInstallers(contractId, [installer.userId], admin);
    for (const [milestone, field] of MILESTONES)
      await this.installation.plan(contractId, milestone, plan[field], admin);
    let shift = 0;
    for (const [milestone, field] of MILESTONES) {
      if (plan.delay?.milestone === milestone) {
        shift = plan.delay.days;
        await this.installation.delay(
          contractId,
          milestone,
          addDays(plan[field], shift),
          plan.delay.reason,
          installer,
        );
      }
      const on = addDays(plan[field], shift);
      if (plan.stoppedOn && on >= plan.stoppedOn) {
        await this.directives.issue(
          contractId,
          { reason: '现场安全隐患：脚手架未验收，停工整改' },
          staff('safety'),
        );
        return;
      }
      if (on > today) return;
      await this.installation.recordMilestone(
        contractId,
        milestone,
        { on, acceptedBy: milestone === 'accept' ? contract.customer.contact.name : undefined },
        installer,
      );
    }
  }

  /** 应收: an invoice ten days before each instalment falls due; the payments as the data has them. */
  private async collect(contractId: string, contract: DemoContract, i: number, today: BusinessDate) {
    const finance = staff('finance');
    const { paymentPlan } = (await this.contracts.existing(contractId)).terms;
    for (const [k, inst] of paymentPlan.entries()) {
      const issuedOn = [addDays(inst.dueOn, -10), contract.signedOn].sort().at(-1)!;
      if (issuedOn > today) break;
      await this.receivables.issueInvoice(
        contractId,
        {
          invoiceId: `demo-inv-${i + 1}-${k + 1}`,
          instalmentId: inst.instalmentId,
          amountMinor: inst.amountMinor,
          issuedOn,
          dueOn: inst.dueOn,
        },
        finance,
      );
    }
    for (const [k, payment] of contract.payments.entries()) {
      await this.receivables.recordPayment(
        contractId,
        {
          paymentId: `demo-pay-${i + 1}-${k + 1}`,
          amountMinor: yuan(payment.amountYuan),
          receivedOn: payment.receivedOn,
          method: k % 3 === 2 ? 'acceptance_bill' : 'bank_transfer',
          invoiceId: null,
        },
        finance,
      );
    }
    return contract.payments.length;
  }

  private owner(contract: DemoContract): Actor {
    return { userId: contract.ownerId, role: 'salesperson' };
  }

  private manager(contract: DemoContract): Actor {
    const division = DEMO_DIVISIONS.find((d) => d.salespeople.some((p) => p.personId === contract.ownerId))!;
    return { userId: division.manager.personId, role: 'division_manager' };
  }
}
