import {
  type Aggregate,
  type BusinessDate,
  type Command,
  ConflictError,
  DomainError,
  type DomainEvent,
  ForbiddenError,
  NotFoundError,
  type Role,
  assertNever,
} from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import { type FormNumberFormat, formNumber } from './form-number-format';

/*
 * 合同领用 (K1) under concurrency without transactions (ARCHITECTURE §2). Each numbering year is
 * one stream, the form book `form-book-<year>`: an issue command reads the book, takes the next
 * numbers after the last one issued and appends them in ONE event. Two issues race on the book's
 * version; the store's unique index lets one win and CommandExecutor retries the other on the new
 * state — in one process or across replicas — so numbers are consecutive, never skipped, never
 * given twice.
 *
 * The book also holds each form's lifecycle (out → used | voided | returned) rather than a stream
 * per form: a form stream would be a second write after the book's (a two-step reservation with a
 * compensation and a lease, as customers' 查重 keys need), while a year holds a few thousand forms
 * at most — small enough to fold — and uses, voids and returns are rare beside reads. So a form
 * is created and ended in the same stream, with no step in between that a crash could leave.
 */

export const MAX_FORMS_PER_ISSUE = 500;
export const FORM_ISSUERS: readonly Role[] = ['sales_admin'];
export const FORM_HOLDER_ROLE: Role = 'salesperson';

export const formBookStreamId = (year: number) => `form-book-${year}`;

/** A person as the service found them in the org tree as of the business date. */
export type FormPerson = Readonly<{ personId: string; role: Role | null; divisionId: string | null }>;

export type FormStatus = 'out' | 'used' | 'voided' | 'returned';

export type Form = Readonly<{
  seq: number;
  number: string;
  holderId: string;
  divisionId: string | null;
  issuedOn: BusinessDate;
  status: FormStatus;
  endedOn: BusinessDate | null;
  contractId: string | null;
}>;

export type FormBookState = Readonly<{ year: number | null; forms: readonly Form[] }>;

export type FormsIssued = DomainEvent<
  'FormsIssued',
  Readonly<{
    year: number;
    firstSeq: number;
    numbers: readonly string[];
    holderId: string;
    divisionId: string | null;
    issuedBy: string;
    issuedOn: BusinessDate;
    formatVersion: number;
  }>
>;
export type FormUsed = DomainEvent<
  'FormUsed',
  Readonly<{ year: number; number: string; contractId: string; usedBy: string; usedOn: BusinessDate }>
>;
export type FormVoided = DomainEvent<
  'FormVoided',
  Readonly<{ year: number; number: string; reason: string; voidedBy: string; voidedOn: BusinessDate }>
>;
export type FormReturned = DomainEvent<
  'FormReturned',
  Readonly<{ year: number; number: string; receivedBy: string; returnedOn: BusinessDate }>
>;
export type FormBookEvent = FormsIssued | FormUsed | FormVoided | FormReturned;

export type IssueForms = Command<
  'IssueForms',
  Readonly<{
    year: number;
    count: number;
    to: FormPerson;
    by: FormPerson;
    format: FormNumberFormat;
    today: BusinessDate;
  }>
>;
/** The port the signing slice calls: binds the holder's form to their signed contract. */
export type UseForm = Command<
  'UseForm',
  Readonly<{ number: string; contractId: string; by: string; today: BusinessDate }>
>;
export type VoidForm = Command<
  'VoidForm',
  Readonly<{ number: string; reason: string; by: FormPerson; today: BusinessDate }>
>;
export type ReturnForm = Command<
  'ReturnForm',
  Readonly<{ number: string; receivedBy: FormPerson; today: BusinessDate }>
>;
export type FormBookCommand = IssueForms | UseForm | VoidForm | ReturnForm;

function ended(state: FormBookState, number: string, change: Partial<Form>): FormBookState {
  return { ...state, forms: state.forms.map((f) => (f.number === number ? { ...f, ...change } : f)) };
}

function evolve(state: FormBookState, event: FormBookEvent): FormBookState {
  switch (event.type) {
    case 'FormsIssued': {
      const { year, firstSeq, numbers, holderId, divisionId, issuedOn } = event.data;
      const issued = numbers.map(
        (number, i): Form => ({
          seq: firstSeq + i,
          number,
          holderId,
          divisionId,
          issuedOn,
          status: 'out',
          endedOn: null,
          contractId: null,
        }),
      );
      return { year, forms: [...state.forms, ...issued] };
    }
    case 'FormUsed':
      return ended(state, event.data.number, {
        status: 'used',
        endedOn: event.data.usedOn,
        contractId: event.data.contractId,
      });
    case 'FormVoided':
      return ended(state, event.data.number, { status: 'voided', endedOn: event.data.voidedOn });
    case 'FormReturned':
      return ended(state, event.data.number, { status: 'returned', endedOn: event.data.returnedOn });
  }
}

function issue(data: IssueForms['data'], state: FormBookState): FormBookEvent[] {
  const { year, count, to, by, format, today } = data;
  if (!by.role || !FORM_ISSUERS.includes(by.role))
    throw new ForbiddenError('form-issue-not-allowed', { role: by.role });
  if (!Number.isInteger(count) || count < 1 || count > MAX_FORMS_PER_ISSUE)
    throw new DomainError('form-batch-size', { count, max: MAX_FORMS_PER_ISSUE });
  if (to.role !== FORM_HOLDER_ROLE)
    throw new DomainError('form-holder-not-salesperson', { holderId: to.personId, role: to.role });
  const firstSeq = state.forms.length + 1;
  const numbers = Array.from({ length: count }, (_, i) => formNumber(format, year, firstSeq + i));
  return [
    {
      type: 'FormsIssued',
      data: {
        year,
        firstSeq,
        numbers,
        holderId: to.personId,
        divisionId: to.divisionId,
        issuedBy: by.personId,
        issuedOn: today,
        formatVersion: format.version,
      },
    },
  ];
}

function existing(state: FormBookState, number: string): Form {
  const form = state.forms.find((f) => f.number === number);
  if (!form) throw new NotFoundError('unknown-form', { number });
  return form;
}

function stillOut(form: Form): void {
  if (form.status !== 'out')
    throw new ConflictError('form-not-out', {
      number: form.number,
      status: form.status,
      endedOn: form.endedOn,
    });
}

function decide(command: FormBookCommand, state: FormBookState): FormBookEvent[] {
  switch (command.type) {
    case 'IssueForms':
      return issue(command.data, state);
    case 'UseForm': {
      const { number, contractId, by, today } = command.data;
      const form = existing(state, number);
      if (form.holderId !== by)
        throw new ForbiddenError('form-not-yours', { number, holderId: form.holderId });
      if (form.status === 'used' && form.contractId === contractId) return []; // a retried signing
      stillOut(form);
      return [
        { type: 'FormUsed', data: { year: state.year ?? 0, number, contractId, usedBy: by, usedOn: today } },
      ];
    }
    case 'VoidForm': {
      const { number, by, today } = command.data;
      const reason = command.data.reason.trim();
      const form = existing(state, number);
      const isIssuer = by.role !== null && FORM_ISSUERS.includes(by.role);
      if (!isIssuer && by.personId !== form.holderId)
        throw new ForbiddenError('form-void-not-allowed', { number, holderId: form.holderId });
      if (!reason) throw new DomainError('form-void-reason-required', { number });
      stillOut(form);
      return [
        {
          type: 'FormVoided',
          data: { year: state.year ?? 0, number, reason, voidedBy: by.personId, voidedOn: today },
        },
      ];
    }
    case 'ReturnForm': {
      const { number, receivedBy, today } = command.data;
      const form = existing(state, number);
      if (!receivedBy.role || !FORM_ISSUERS.includes(receivedBy.role))
        throw new ForbiddenError('form-return-not-allowed', { number, role: receivedBy.role });
      stillOut(form);
      return [
        {
          type: 'FormReturned',
          data: { year: state.year ?? 0, number, receivedBy: receivedBy.personId, returnedOn: today },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const formBookDecider: Aggregate<FormBookState, FormBookCommand, FormBookEvent> = {
  initialState: () => ({ year: null, forms: [] }),
  evolve,
  decide,
  publish: (event, state) => {
    const year = state.year ?? 0;
    switch (event.type) {
      case 'FormsIssued': {
        const { numbers, holderId, divisionId, issuedBy, issuedOn } = event.data;
        return [
          contractsPublishedEvent('FormsIssued', {
            year,
            numbers,
            to: holderId,
            division: divisionId,
            issuedBy,
            issuedOn,
          }),
        ];
      }
      case 'FormUsed': {
        const form = existing(state, event.data.number);
        const { number, contractId, usedOn } = event.data;
        return [
          contractsPublishedEvent('FormUsed', {
            year,
            number,
            holderId: form.holderId,
            division: form.divisionId,
            contractId,
            usedOn,
          }),
        ];
      }
      case 'FormVoided': {
        const form = existing(state, event.data.number);
        const { number, reason, voidedBy, voidedOn } = event.data;
        return [
          contractsPublishedEvent('FormVoided', {
            year,
            number,
            holderId: form.holderId,
            division: form.divisionId,
            voidedBy,
            reason,
            voidedOn,
          }),
        ];
      }
      case 'FormReturned': {
        const form = existing(state, event.data.number);
        const { number, receivedBy, returnedOn } = event.data;
        return [
          contractsPublishedEvent('FormReturned', {
            year,
            number,
            holderId: form.holderId,
            division: form.divisionId,
            receivedBy,
            returnedOn,
          }),
        ];
      }
    }
  },
};
