import {
  duplicateKeysOf,
  isValidCreditCode,
  normaliseCompanyName,
  normaliseCreditCode,
  normalisePhone,
} from './company-keys';

describe('查重 keys', () => {
  it.each([
    '华信科技（上海）有限公司',
    '华信科技(上海)有限责任公司',
    ' 华信科技 ',
    '华信科技股份有限公司',
    '华信科技集团有限公司',
    '华信 科技（中国）',
    '【华信】科技',
  ])('%s normalises to the same name key', (name) => {
    expect(normaliseCompanyName(name)).toBe(normaliseCompanyName('华信科技'));
  });

  it('keeps different companies apart', () => {
    expect(normaliseCompanyName('华信科技有限公司')).not.toBe(normaliseCompanyName('华兴科技有限公司'));
    expect(normaliseCompanyName('ＡＢＣ Display Co')).toBe(normaliseCompanyName('abc display co'));
  });

  it('a name of nothing but a legal form is left as it is, not emptied', () => {
    expect(normaliseCompanyName('有限公司')).toBe('有限公司');
    expect(normaliseCompanyName(' （上海） ')).toBe('');
  });

  it.each(['+86 138-0013-8000', '0086 13800138000', '138 0013 8000', '（138）00138000'])(
    'phone %s normalises without +86, spaces and dashes',
    (phone) => expect(normalisePhone(phone)).toBe('13800138000'),
  );

  it('a landline written internationally gets its trunk 0 back', () => {
    expect(normalisePhone('+86 21-5555-0000')).toBe(normalisePhone('021 5555 0000'));
  });

  it('credit codes are compared upper-cased and half-width', () => {
    expect(normaliseCreditCode(' ９１３５０１００ma2ynyyq1x ')).toBe('91350100MA2YNYYQ1X');
  });

  it.each(['91350100M000100Y43', '91110000600037341L'])(
    '%s carries a valid GB 32100-2015 check character',
    (code) => expect(isValidCreditCode(code)).toBe(true),
  );

  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100M000100Y4', '17 characters'],
    ['9135010OM000100Y43', 'letter O is not in the set'],
    ['91350100m000100y43', 'lower case (normalise first)'],
  ])('%s is refused (%s)', (code) => expect(isValidCreditCode(code)).toBe(false));

  it('a profile holds its credit code (first) and its name', () => {
    expect(duplicateKeysOf({ name: '华信科技有限公司', creditCode: '91350100m000100y43' })).toEqual([
      { kind: 'creditCode', value: '91350100M000100Y43' },
      { kind: 'name', value: '华信科技' },
    ]);
    expect(duplicateKeysOf({ name: '华信科技', creditCode: null })).toEqual([
      { kind: 'name', value: '华信科技' },
    ]);
  });
});
