import {
  type Aggregate,
  type BusinessDate,
  type Command,
  ConflictError,
  DomainError,
  type DomainEvent,
  ForbiddenError,
  type LocalizedText,
  NotFoundError,
  type Role,
  assertNever,
} from '@sales/shared/domain';
import { DEFAULT_PRODUCT_LINES, contractsPublishedEvent } from '@sales/contracts/events';

/*
 * 产品线目录 (K2, K3; KPI P6): one stream, `product-lines`. It starts with the published defaults
 * (LED 显示屏, LCD 拼接屏, 控制系统 at 13%; 安装服务 at 9%); the IT admin or the VP adds lines,
 * renames them or changes their default VAT rate, and retires them. A retired line stays in the
 * catalogue (signed contracts name it) but new reports and signings refuse it.
 */

export const PRODUCT_LINES_STREAM = 'product-lines';
export const PRODUCT_LINE_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const MAX_PRODUCT_LINE_NAME = 60;
export const MAX_CATALOGUE_VAT_BASIS_POINTS = 10_000;
export const CATALOGUE_EDITOR_ROLES: readonly Role[] = ['admin', 'vp'];

export type ProductLine = Readonly<{
  id: string;
  name: LocalizedText;
  vatBasisPoints: number;
  active: boolean;
  retiredOn: BusinessDate | null;
}>;

export type ProductLinesState = Readonly<{ lines: readonly ProductLine[] }>;

/** Who acts, as the service found them in the org tree today (IT admin from the token). */
export type CataloguePerson = Readonly<{ personId: string; role: Role | null }>;

type LineData = Readonly<{ productLineId: string; name: LocalizedText; vatBasisPoints: number }>;
type Acted = Readonly<{ by: string; on: BusinessDate }>;
export type ProductLineDefined = DomainEvent<'ProductLineDefined', LineData & Acted>;
export type ProductLineChanged = DomainEvent<'ProductLineChanged', LineData & Acted>;
export type ProductLineRetired = DomainEvent<
  'ProductLineRetired',
  Readonly<{ productLineId: string }> & Acted
>;
export type ProductLineEvent = ProductLineDefined | ProductLineChanged | ProductLineRetired;

type Acting = Readonly<{ by: CataloguePerson; today: BusinessDate }>;
export type DefineProductLine = Command<'DefineProductLine', LineData & Acting>;
/** Only what is given changes: either name, or the VAT rate, or both. */
export type ChangeProductLine = Command<
  'ChangeProductLine',
  Readonly<{ productLineId: string; name?: Partial<LocalizedText>; vatBasisPoints?: number }> & Acting
>;
export type RetireProductLine = Command<'RetireProductLine', Readonly<{ productLineId: string }> & Acting>;
export type ProductLineCommand = DefineProductLine | ChangeProductLine | RetireProductLine;

function evolve(state: ProductLinesState, event: ProductLineEvent): ProductLinesState {
  switch (event.type) {
    case 'ProductLineDefined': {
      const { productLineId: id, name, vatBasisPoints } = event.data;
      return { lines: [...state.lines, { id, name, vatBasisPoints, active: true, retiredOn: null }] };
    }
    case 'ProductLineChanged': {
      const { productLineId, name, vatBasisPoints } = event.data;
      return {
        lines: state.lines.map((l) => (l.id === productLineId ? { ...l, name, vatBasisPoints } : l)),
      };
    }
    case 'ProductLineRetired':
      return {
        lines: state.lines.map((l) =>
          l.id === event.data.productLineId ? { ...l, active: false, retiredOn: event.data.on } : l,
        ),
      };
  }
}

function assertEditor(by: CataloguePerson): void {
  if (by.role === null || !CATALOGUE_EDITOR_ROLES.includes(by.role))
    throw new ForbiddenError('catalogue-edit-not-allowed', { role: by.role });
}

function checkName(name: unknown, language: 'zh' | 'en'): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed || trimmed.length > MAX_PRODUCT_LINE_NAME)
    throw new DomainError('product-line-name-invalid', {
      field: `name.${language}`,
      maxNameLength: MAX_PRODUCT_LINE_NAME,
    });
  return trimmed;
}

function checkVat(vat: unknown): number {
  if (!Number.isInteger(vat) || (vat as number) < 0 || (vat as number) > MAX_CATALOGUE_VAT_BASIS_POINTS)
    throw new DomainError('product-line-vat-invalid', {
      field: 'vatBasisPoints',
      value: vat,
      maxVatBasisPoints: MAX_CATALOGUE_VAT_BASIS_POINTS,
    });
  return vat as number;
}

function known(state: ProductLinesState, productLineId: string): ProductLine {
  const line = state.lines.find((l) => l.id === productLineId);
  if (!line) throw new NotFoundError('product-line-unknown', { productLineId });
  return line;
}

function decide(command: ProductLineCommand, state: ProductLinesState): ProductLineEvent[] {
  switch (command.type) {
    case 'DefineProductLine': {
      const { productLineId, by, today } = command.data;
      assertEditor(by);
      if (!PRODUCT_LINE_ID.test(productLineId))
        throw new DomainError('product-line-id-invalid', { field: 'productLineId', value: productLineId });
      const name = { zh: checkName(command.data.name.zh, 'zh'), en: checkName(command.data.name.en, 'en') };
      const vatBasisPoints = checkVat(command.data.vatBasisPoints);
      const existing = state.lines.find((l) => l.id === productLineId);
      if (existing)
        throw new ConflictError('product-line-id-taken', { productLineId, existingName: existing.name.zh });
      return [
        {
          type: 'ProductLineDefined',
          data: { productLineId, name, vatBasisPoints, by: by.personId, on: today },
        },
      ];
    }
    case 'ChangeProductLine': {
      const { productLineId, by, today } = command.data;
      assertEditor(by);
      const { name: newName, vatBasisPoints: newVat } = command.data;
      if (newName?.zh === undefined && newName?.en === undefined && newVat === undefined)
        throw new DomainError('product-line-change-empty', { field: 'name' });
      const line = known(state, productLineId);
      const name = {
        zh: command.data.name?.zh === undefined ? line.name.zh : checkName(command.data.name.zh, 'zh'),
        en: command.data.name?.en === undefined ? line.name.en : checkName(command.data.name.en, 'en'),
      };
      const vatBasisPoints =
        command.data.vatBasisPoints === undefined
          ? line.vatBasisPoints
          : checkVat(command.data.vatBasisPoints);
      if (name.zh === line.name.zh && name.en === line.name.en && vatBasisPoints === line.vatBasisPoints)
        return [];
      if (!line.active)
        throw new ConflictError('product-line-retired', { productLineId, retiredOn: line.retiredOn });
      return [
        {
          type: 'ProductLineChanged',
          data: { productLineId, name, vatBasisPoints, by: by.personId, on: today },
        },
      ];
    }
    case 'RetireProductLine': {
      const { productLineId, by, today } = command.data;
      assertEditor(by);
      const line = known(state, productLineId);
      if (!line.active)
        throw new ConflictError('product-line-retired', { productLineId, retiredOn: line.retiredOn });
      return [{ type: 'ProductLineRetired', data: { productLineId, by: by.personId, on: today } }];
    }
    default:
      return assertNever(command);
  }
}

export const productLinesDecider: Aggregate<ProductLinesState, ProductLineCommand, ProductLineEvent> = {
  initialState: () => ({
    lines: DEFAULT_PRODUCT_LINES.map(({ id, name, vatBasisPoints }) => ({
      id,
      name: { zh: name.zh, en: name.en },
      vatBasisPoints,
      active: true,
      retiredOn: null,
    })),
  }),
  evolve,
  decide,
  publish: (event, state) => {
    const line = state.lines.find((l) => l.id === event.data.productLineId);
    if (!line) return [];
    const { by, on } = event.data;
    const data = { productLineId: line.id, name: line.name, vatBasisPoints: line.vatBasisPoints, by, on };
    return [contractsPublishedEvent(event.type, data)];
  },
};
