import {
  type Aggregate,
  type BusinessDate,
  type Command,
  DomainError,
  type DomainEvent,
  ForbiddenError,
  type Role,
} from '@sales/shared/domain';

/*
 * 合同编号格式: `<prefix>-<year>-<seq zero-padded to width>` (default HT-2027-0001). The company
 * sets it (VP or sales_admin) in one stream, `form-number-format`, each setting a new version; an
 * issue uses the version in force and the book records which. Numbers already issued keep theirs.
 */

export const FORM_NUMBER_FORMAT_STREAM = 'form-number-format';
export const FORMAT_SETTERS: readonly Role[] = ['vp', 'sales_admin'];

export type FormNumberFormat = Readonly<{ version: number; prefix: string; width: number }>;
export const DEFAULT_FORM_NUMBER_FORMAT: FormNumberFormat = { version: 0, prefix: 'HT', width: 4 };

export function formNumber(format: FormNumberFormat, year: number, seq: number): string {
  return `${format.prefix}-${year}-${String(seq).padStart(format.width, '0')}`;
}

/** The numbering year a form number belongs to (its book), or null when it is not a form number. */
export function formYearOf(number: string): number | null {
  const match = /-(\d{4})-\d+$/.exec(number);
  return match ? Number(match[1]) : null;
}

export type FormatState = Readonly<{ current: FormNumberFormat }>;
export type FormNumberFormatSet = DomainEvent<
  'FormNumberFormatSet',
  FormNumberFormat & Readonly<{ setBy: string; setOn: BusinessDate }>
>;
export type SetFormNumberFormat = Command<
  'SetFormNumberFormat',
  Readonly<{
    prefix: string;
    width: number;
    by: Readonly<{ personId: string; role: Role | null }>;
    today: BusinessDate;
  }>
>;

export const formNumberFormatDecider: Aggregate<FormatState, SetFormNumberFormat, FormNumberFormatSet> = {
  initialState: () => ({ current: DEFAULT_FORM_NUMBER_FORMAT }),
  evolve: (_, { data: { version, prefix, width } }) => ({ current: { version, prefix, width } }),
  decide: ({ data: { prefix, width, by, today } }, { current }) => {
    if (!by.role || !FORMAT_SETTERS.includes(by.role))
      throw new ForbiddenError('form-format-not-allowed', { role: by.role });
    if (!/^[A-Z][A-Z0-9]{0,9}$/.test(prefix)) throw new DomainError('form-format-prefix', { prefix });
    if (!Number.isInteger(width) || width < 3 || width > 6)
      throw new DomainError('form-format-width', { width });
    if (prefix === current.prefix && width === current.width) return [];
    return [
      {
        type: 'FormNumberFormatSet',
        data: { version: current.version + 1, prefix, width, setBy: by.personId, setOn: today },
      },
    ];
  },
  publish: () => [],
};
