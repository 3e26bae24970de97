import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DEMO_DIVISIONS, type DemoCustomer, demoCustomers } from '@sales/demo';
import type { Actor, BusinessDate, Clock } from '@sales/shared/domain';
import { ExpenseService, FieldDayService, RegistryService } from '@sales/customers/service';
import { CLOCK, LOGGER } from '@sales/shared/runtime';
import { whenKnown } from './when-known';

const CATEGORIES = ['travel', 'entertainment', 'transport', 'telecom'] as const;
const PLACES = ['客户办公室', '项目现场', '展厅', '客户工地'];

/**
 * The demo department's customers (C1–C5), loaded through the services users' commands reach:
 * each salesperson's customers registered across the year, the paying ones activated and paid
 * (so grades spread over A–D), visits with their check-ins (a few days left without one, for the
 * manager's list), and expenses, most approved by the division manager.
 */
@Injectable()
export class DemoCustomersLoader {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly registry: RegistryService,
    private readonly fieldDays: FieldDayService,
    private readonly expenses: ExpenseService,
  ) {}

  /** Registers the year's customers, with visits and expenses; answers their ids by name. */
  async load(fiscalYear: number): Promise<Map<string, string>> {
    const today = this.clock.today();
    const customers = demoCustomers(fiscalYear, today);
    let visits = 0;
    const ids = new Map<string, string>();
    for (const [index, customer] of customers.entries()) {
      const customerId = await this.register(customer);
      ids.set(customer.name, customerId);
      visits += await this.visit(customerId, customer, index, today);
    }
    const expenses = await this.spend(fiscalYear, today);
    this.logger.info({ customers: customers.length, visits, expenses }, 'demo customers loaded');
    return ids;
  }

  private async register(customer: DemoCustomer): Promise<string> {
    const salesperson: Actor = { userId: customer.ownerId, role: 'salesperson' };
    const record = {
      profile: {
        name: customer.name,
        creditCode: customer.creditCode,
        industry: customer.industry,
        region: customer.region,
        source: customer.source,
        address: customer.address,
      },
      contacts: [{ ...customer.contact, phones: [customer.contact.phone], email: null }],
      notes: '',
      ownerId: undefined,
    };
    // Customers learns the tree from org's events, a moment after org recorded it.
    const registered = await whenKnown(() => this.registry.register(record, salesperson));
    return registered.customerId;
  }

  /** Two to four visits after registration; every fourth in-person day goes without a check-in. */
  private async visit(customerId: string, customer: DemoCustomer, index: number, today: BusinessDate) {
    const salesperson: Actor = { userId: customer.ownerId, role: 'salesperson' };
    const manager = DEMO_DIVISIONS.find((d) => d.salespeople.some((p) => p.personId === customer.ownerId))
      ?.manager.personId;
    let logged = 0;
    for (let n = 0; n < 2 + (index % 3); n++) {
      const date = addDays(customer.registeredOn, 3 + n * 17 + (index % 5));
      if (date >= today) break;
      const kind = n % 3 === 1 ? 'phone' : n % 3 === 2 && manager ? 'joint' : 'in-person';
      await this.fieldDays.logVisit(
        {
          customerId,
          visitedAt: `${date}T${String(9 + (index % 8)).padStart(2, '0')}:30:00+08:00`,
          kind,
          coachId: kind === 'joint' ? (manager ?? null) : null,
          purpose: ['了解需求', '方案讲解', '商务洽谈', '回访'][n % 4],
          outcome: ['客户有意向', '需再报价', '约定现场勘察', '进展顺利'][(n + index) % 4],
          nextStep: '准备方案',
          nextContactOn: addDays(date, 14),
        },
        salesperson,
      );
      logged++;
      if (kind !== 'phone' && (index + n) % 4 !== 0) {
        await this.fieldDays.checkIn(
          {
            personId: customer.ownerId,
            date,
            place: `${customer.region}${PLACES[(index + n) % PLACES.length]}`,
            coordinates: null,
            customerId,
            note: '已到达',
          },
          salesperson,
        );
      }
    }
    return logged;
  }

  /** One or two expenses a month per salesperson; the division manager approves most, rejects a few. */
  private async spend(fiscalYear: number, today: BusinessDate): Promise<number> {
    let recorded = 0;
    for (const division of DEMO_DIVISIONS) {
      const manager: Actor = { userId: division.manager.personId, role: 'division_manager' };
      for (const [p, person] of division.salespeople.entries()) {
        const salesperson: Actor = { userId: person.personId, role: 'salesperson' };
        for (let month = 1; month <= 12; month += 2) {
          const date = `${fiscalYear}-${String(month).padStart(2, '0')}-${String(5 + p).padStart(2, '0')}`;
          if (date >= today) break;
          const { expenseId } = await this.expenses.record(
            {
              personId: undefined,
              date,
              category: CATEGORIES[(p + month) % CATEGORIES.length],
              amountMinor: (300 + ((p * 137 + month * 59) % 2500)) * 100,
              currency: 'CNY',
              customerId: null,
              receiptRef: `FP${fiscalYear}${String(month).padStart(2, '0')}${String(p).padStart(3, '0')}`,
            },
            salesperson,
          );
          recorded++;
          if ((p + month) % 7 === 0)
            await this.expenses.reject(expenseId, '超出招待标准，请补充说明', manager);
          else if (month < 11) await this.expenses.approve(expenseId, manager);
        }
      }
    }
    return recorded;
  }
}

function addDays(date: BusinessDate, days: number): BusinessDate {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}
