import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  fold,
  specify,
} from '@sales/shared/domain';
import {
  type CataloguePerson,
  type ProductLineCommand,
  type ProductLineEvent,
  productLinesDecider,
} from './product-lines';

const admin: CataloguePerson = { personId: 'p-admin', role: 'admin' };
const vp: CataloguePerson = { personId: 'p-vp', role: 'vp' };
const li: CataloguePerson = { personId: 'p-li', role: 'salesperson' };
const gone: CataloguePerson = { personId: 'p-gone', role: null };
const today = '2027-03-02';
const outdoor = { zh: '户外 LED 屏', en: 'outdoor LED display' };

const define = (change: object = {}, by = admin): ProductLineCommand => ({
  type: 'DefineProductLine',
  data: { productLineId: 'outdoor-led', name: outdoor, vatBasisPoints: 1300, by, today, ...change },
});
const change = (data: object, by = vp): ProductLineCommand => ({
  type: 'ChangeProductLine',
  data: { productLineId: 'outdoor-led', by, today, ...data },
});
const retire = (productLineId = 'outdoor-led', by = admin): ProductLineCommand => ({
  type: 'RetireProductLine',
  data: { productLineId, by, today },
});
const defined: ProductLineEvent = {
  type: 'ProductLineDefined',
  data: { productLineId: 'outdoor-led', name: outdoor, vatBasisPoints: 1300, by: 'p-admin', on: today },
};
const changedTo900: ProductLineEvent = {
  type: 'ProductLineChanged',
  data: { productLineId: 'outdoor-led', name: outdoor, vatBasisPoints: 900, by: 'p-vp', on: today },
};
const retired: ProductLineEvent = {
  type: 'ProductLineRetired',
  data: { productLineId: 'outdoor-led', by: 'p-admin', on: today },
};
const catalogue = specify(productLinesDecider);

describe('产品线目录 the product-line catalogue (K2, K3)', () => {
  it('an empty stream holds the defaults: LED, LCD 拼接屏, 控制系统 at 13%, 安装服务 at 9%, all active', () => {
    expect(fold(productLinesDecider, []).lines).toEqual([
      {
        id: 'led',
        name: { zh: 'LED 显示屏', en: 'LED display' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'lcd-wall',
        name: { zh: 'LCD 拼接屏', en: 'LCD video wall' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'control',
        name: { zh: '控制系统', en: 'control system' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'installation',
        name: { zh: '安装服务', en: 'installation service' },
        vatBasisPoints: 900,
        active: true,
        retiredOn: null,
      },
    ]);
  });

  it('the admin or the VP defines a line; it publishes id, names, VAT, by and on', () => {
    catalogue.given([]).when(define()).then([defined]);
    catalogue
      .given([])
      .when(define({}, vp))
      .then([{ ...defined, data: { ...defined.data, by: 'p-vp' } } as ProductLineEvent]);
    expect(catalogue.given([]).when(define()).published()).toEqual([
      {
        type: 'ProductLineDefined',
        schemaVersion: 1,
        data: { productLineId: 'outdoor-led', name: outdoor, vatBasisPoints: 1300, by: 'p-admin', on: today },
      },
    ]);
    expect(fold(productLinesDecider, [defined]).lines.at(-1)).toEqual({
      id: 'outdoor-led',
      name: outdoor,
      vatBasisPoints: 1300,
      active: true,
      retiredOn: null,
    });
  });

  it('only the admin or the VP edits the catalogue (403 for a salesperson or someone outside the tree)', () => {
    for (const command of [define({}, li), change({ vatBasisPoints: 900 }, li), retire('led', li)]) {
      const error = catalogue
        .given([defined])
        .when(command)
        .thenThrows(ForbiddenError, 'catalogue-edit-not-allowed');
      expect(error.details).toEqual({ role: 'salesperson' });
    }
    catalogue.given([]).when(define({}, gone)).thenThrows(ForbiddenError, 'catalogue-edit-not-allowed');
  });

  it('a definition with a bad id, an empty name or a VAT rate outside 0..10000 (or not whole) is 400 naming the field', () => {
    const field = (data: object) =>
      catalogue.given([]).when(define(data)).thenThrows(DomainError).details?.['field'];
    expect(field({ productLineId: 'Outdoor LED' })).toBe('productLineId');
    expect(field({ productLineId: '-led' })).toBe('productLineId');
    expect(field({ productLineId: 'a'.repeat(33) })).toBe('productLineId');
    expect(field({ name: { zh: '  ', en: 'x' } })).toBe('name.zh');
    expect(field({ name: { zh: '户外', en: '' } })).toBe('name.en');
    expect(field({ vatBasisPoints: 10_001 })).toBe('vatBasisPoints');
    expect(field({ vatBasisPoints: -1 })).toBe('vatBasisPoints');
    expect(field({ vatBasisPoints: 13.5 })).toBe('vatBasisPoints');
    catalogue
      .given([])
      .when(define({ vatBasisPoints: 0, productLineId: 'a' }))
      .events();
    catalogue
      .given([])
      .when(define({ vatBasisPoints: 10_000, productLineId: 'a'.repeat(32) }))
      .events();
  });

  it('an id already in the catalogue — a default, a defined or a retired line — is 409', () => {
    const taken = catalogue
      .given([])
      .when(define({ productLineId: 'led' }))
      .thenThrows(ConflictError);
    expect(taken).toMatchObject({
      code: 'product-line-id-taken',
      details: { productLineId: 'led', existingName: 'LED 显示屏' },
    });
    catalogue.given([defined]).when(define()).thenThrows(ConflictError, 'product-line-id-taken');
    catalogue.given([defined, retired]).when(define()).thenThrows(ConflictError, 'product-line-id-taken');
  });

  it('changing names and/or the VAT rate records the line as it now stands; a retry records nothing', () => {
    catalogue
      .given([defined])
      .when(change({ vatBasisPoints: 900 }))
      .then([changedTo900]);
    catalogue
      .given([defined, changedTo900])
      .when(change({ vatBasisPoints: 900 }))
      .then([]);
    catalogue
      .given([defined])
      .when(change({ name: { zh: '户外 LED 屏' } }))
      .then([]);
    catalogue
      .given([defined])
      .when(change({ name: { en: 'outdoor LED screen' } }))
      .then([
        {
          type: 'ProductLineChanged',
          data: {
            productLineId: 'outdoor-led',
            name: { zh: '户外 LED 屏', en: 'outdoor LED screen' },
            vatBasisPoints: 1300,
            by: 'p-vp',
            on: today,
          },
        },
      ]);
    // A default line changes like any other (the first event on the stream).
    expect(
      catalogue
        .given([])
        .when(change({ productLineId: 'installation', vatBasisPoints: 600 }))
        .published(),
    ).toEqual([
      {
        type: 'ProductLineChanged',
        schemaVersion: 1,
        data: {
          productLineId: 'installation',
          name: { zh: '安装服务', en: 'installation service' },
          vatBasisPoints: 600,
          by: 'p-vp',
          on: today,
        },
      },
    ]);
    const bad = catalogue
      .given([defined])
      .when(change({ vatBasisPoints: 20_000 }))
      .thenThrows(DomainError);
    expect(bad.details?.['field']).toBe('vatBasisPoints');
    catalogue
      .given([defined])
      .when(change({ name: { zh: '' } }))
      .thenThrows(DomainError, 'product-line-name-invalid');
  });

  it('a change that names nothing to change is 400, before the line is even looked up', () => {
    catalogue.given([defined]).when(change({})).thenThrows(DomainError, 'product-line-change-empty');
    catalogue
      .given([])
      .when(change({ productLineId: 'no-such-line' }))
      .thenThrows(DomainError, 'product-line-change-empty');
  });

  it('changing or retiring an unknown line is 404; changing a retired line is 409', () => {
    catalogue
      .given([])
      .when(change({ vatBasisPoints: 900 }))
      .thenThrows(NotFoundError, 'product-line-unknown');
    catalogue.given([]).when(retire()).thenThrows(NotFoundError, 'product-line-unknown');
    const refused = catalogue
      .given([defined, retired])
      .when(change({ vatBasisPoints: 900 }))
      .thenThrows(ConflictError);
    expect(refused).toMatchObject({ code: 'product-line-retired', details: { retiredOn: today } });
  });

  it('retiring keeps the line (inactive, with its names for KPI P6); a second retirement is 409', () => {
    catalogue.given([defined]).when(retire()).then([retired]);
    expect(catalogue.given([defined, changedTo900]).when(retire()).published()).toEqual([
      {
        type: 'ProductLineRetired',
        schemaVersion: 1,
        data: { productLineId: 'outdoor-led', name: outdoor, vatBasisPoints: 900, by: 'p-admin', on: today },
      },
    ]);
    expect(
      fold(productLinesDecider, [defined, retired]).lines.find((l) => l.id === 'outdoor-led'),
    ).toMatchObject({
      active: false,
      retiredOn: today,
    });
    const again = catalogue
      .given([defined, retired])
      .when(retire())
      .thenThrows(ConflictError, 'product-line-retired');
    expect(again.details).toEqual({ productLineId: 'outdoor-led', retiredOn: today });
  });
});
