import { Inject, Injectable } from '@nestjs/common';
import {
  type FormBookCommand,
  type UnreturnedForms,
  assertFormFilterInScope,
  daysFrom,
  formBookDecider,
  formBookStreamId,
  formScopeOf,
  formYearOf,
  inFormScope,
  placeOfForm,
  unreturnedForms,
} from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  DomainError,
  ForbiddenError,
  NotFoundError,
} from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { FormBooks } from './form-books';
import { byActor, personIn } from './form-people';
import { FormNumberFormatService } from './form-number-format.service';

/** Forms are issued for the year of today, the one before (late paperwork) or the next. */
export const ISSUE_YEARS_AROUND_TODAY = 1;

export type IssueFormsInput = Readonly<{ holderId: string; count: number; year?: number }>;
export type UnreturnedFilter = Readonly<{ personId?: string; divisionId?: string }>;

const yearOf = (date: BusinessDate) => Number(date.slice(0, 4));

/**
 * 合同领用 (K1): the form-book aggregate, one `form-book-<year>` stream per numbering year. Issues,
 * voids and returns come over HTTP; a use comes from signing (`use`). The people in a command are
 * resolved from contracts' copy of the org tree as of today; the decider checks their roles.
 */
@Injectable()
export class FormsService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly books: FormBooks,
    private readonly formats: FormNumberFormatService,
  ) {}

  /** 发放: `count` consecutive numbers of the year (today's unless given) to a salesperson. */
  async issue(
    { holderId, count, year: asked }: IssueFormsInput,
    actor: Actor,
  ): Promise<CommandOutcome & Readonly<{ year: number; numbers: readonly string[] }>> {
    const today = this.clock.today();
    const year = asked ?? yearOf(today);
    const min = yearOf(today) - ISSUE_YEARS_AROUND_TODAY;
    const max = yearOf(today) + ISSUE_YEARS_AROUND_TODAY;
    if (year < min || year > max) throw new DomainError('form-year-invalid', { year, min, max });
    const tree = await this.org.treeToday();
    const format = await this.formats.current();
    const command: FormBookCommand = {
      type: 'IssueForms',
      data: { year, count, to: personIn(tree, holderId), by: byActor(tree, actor), format, today },
    };
    const result = await this.runtime.commands.execute(
      formBookDecider,
      formBookStreamId(year),
      command,
      actor,
    );
    const issued = result.events.find((event) => event.type === 'FormsIssued');
    const numbers = (issued?.data as { numbers?: readonly string[] } | undefined)?.numbers ?? [];
    return { ...commandOutcome(result), year, numbers };
  }

  /**
   * 使用: binds the holder's form to their signed contract — the port signing calls with the
   * signer's person id and the signing's business date. A retried use for the same contract
   * records nothing.
   */
  async use(
    number: string,
    contractId: string,
    by: string,
    today: BusinessDate,
    actor: Actor = { userId: by, role: 'salesperson' },
  ): Promise<CommandOutcome> {
    return this.execute(number, { type: 'UseForm', data: { number, contractId, by, today } }, actor);
  }

  /** 作废 with a reason, by the holder or the sales admin. */
  async voidForm(number: string, reason: string, actor: Actor): Promise<CommandOutcome> {
    const by = byActor(await this.org.treeToday(), actor);
    const today = this.clock.today();
    return this.execute(number, { type: 'VoidForm', data: { number, reason, by, today } }, actor);
  }

  /** 退回: the sales admin receives an unused form back. */
  async returnForm(number: string, actor: Actor): Promise<CommandOutcome> {
    const receivedBy = byActor(await this.org.treeToday(), actor);
    const today = this.clock.today();
    return this.execute(number, { type: 'ReturnForm', data: { number, receivedBy, today } }, actor);
  }

  /** One form and where it stands, for whoever may read its holder's forms. */
  async form(number: string, actor: Actor) {
    const year = bookYear(number);
    const tree = await this.org.treeToday();
    const scope = formScopeOf(byActor(tree, actor), tree);
    const form = (await this.books.book(year)).forms.find((f) => f.number === number);
    if (!form) throw new NotFoundError('unknown-form', { number });
    const place = placeOfForm(form, tree);
    if (!inFormScope(scope, place))
      throw new ForbiddenError('form-outside-your-scope', { number, holderId: form.holderId });
    const today = this.clock.today();
    const { seq, holderId, issuedOn, status, endedOn, contractId } = form;
    return {
      number,
      year,
      seq,
      holderId,
      holderName: nameIn(tree, holderId),
      divisionId: place.divisionId,
      issuedOn,
      status,
      endedOn,
      contractId,
      daysOut: status === 'out' ? Math.max(0, daysFrom(issuedOn, today)) : null,
    };
  }

  /** 未交回合同: forms still out per person and per division within the reader's scope, as of today. */
  async unreturned(actor: Actor, filter: UnreturnedFilter) {
    const today = this.clock.today();
    const tree = await this.org.treeToday();
    const scope = formScopeOf(byActor(tree, actor), tree);
    assertFormFilterInScope(scope, tree, filter);
    const all = await this.books.allForms(yearOf(today));
    const { personId, divisionId } = filter;
    if (personId !== undefined && !tree.people.some((p) => p.id === personId))
      if (!all.some((form) => form.holderId === personId))
        throw new NotFoundError('form-holder-unknown', { personId });
    const listed = all
      .map((form) => ({ ...form, divisionId: placeOfForm(form, tree).divisionId }))
      .filter((form) => inFormScope(scope, form))
      .filter((form) => personId === undefined || form.holderId === personId)
      .filter((form) => divisionId === undefined || form.divisionId === divisionId);
    return withNames(unreturnedForms(listed, today), tree);
  }

  private execute(number: string, command: FormBookCommand, actor: Actor): Promise<CommandOutcome> {
    const year = bookYear(number);
    return this.runtime.commands
      .execute(formBookDecider, formBookStreamId(year), command, actor)
      .then(commandOutcome);
  }
}

/** The book a number belongs to; a number of no book is no form of ours. */
function bookYear(number: string): number {
  const year = formYearOf(number);
  if (year === null) throw new NotFoundError('unknown-form', { number });
  return year;
}

function nameIn(tree: OrgTree, id: string | null): string | null {
  if (id === null) return null;
  return tree.people.find((p) => p.id === id)?.name ?? tree.divisions.find((d) => d.id === id)?.name ?? null;
}

function withNames(list: UnreturnedForms, tree: OrgTree) {
  return {
    ...list,
    people: list.people.map((person) => ({
      ...person,
      holderName: nameIn(tree, person.holderId),
      divisionName: nameIn(tree, person.divisionId),
    })),
    divisions: list.divisions.map((division) => ({
      ...division,
      divisionName: nameIn(tree, division.divisionId),
    })),
  };
}
