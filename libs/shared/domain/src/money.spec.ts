import { formatMoney, isCurrencyCode, minorDigits, parseMajorAmount } from './money';

describe('money', () => {
  it('knows ISO 4217 codes, and nothing that merely looks like one', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'KWD']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['RMB', 'XYZ', 'cny', 'CN', '', 'constructor', 'toString', '__proto__', 42]) {
      expect(isCurrencyCode(code)).toBe(false);
    }
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(() => minorDigits('RMB')).toThrow(RangeError);
  });

  it('formats fen as 元 with separators, exactly', () => {
    expect(formatMoney(100_000_000, 'CNY')).toBe('1,000,000.00 元');
    expect(formatMoney(69_120_000_000, 'CNY')).toBe('691,200,000.00 元');
    expect(formatMoney(5, 'CNY')).toBe('0.05 元');
    expect(formatMoney(0, 'CNY')).toBe('0.00 元');
    expect(formatMoney(-123_456, 'CNY')).toBe('-1,234.56 元');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'CNY')).toBe('90,071,992,547,409.91 元');
    expect(formatMoney(1234, 'JPY')).toBe('1,234 JPY');
    expect(formatMoney(1234, 'KWD')).toBe('1.234 KWD');
    expect(() => formatMoney(1.5, 'CNY')).toThrow(RangeError);
  });

  it('reads major-unit text into minor units only when exact', () => {
    expect(parseMajorAmount('96000000.00', 'CNY')).toBe(9_600_000_000);
    expect(parseMajorAmount('1,000.5', 'CNY')).toBe(100_050);
    expect(parseMajorAmount('-0.05', 'CNY')).toBe(-5);
    expect(parseMajorAmount('12', 'JPY')).toBe(12);
    for (const bad of ['0.001', '1,00.00', '1e5', '', 'abc', '12.', '.5', '99999999999999999.00']) {
      expect(parseMajorAmount(bad, 'CNY')).toBeUndefined();
    }
    expect(parseMajorAmount('1.5', 'JPY')).toBeUndefined();
  });
});
