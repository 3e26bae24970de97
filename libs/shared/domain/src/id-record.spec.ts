import { emptyIdRecord, withId } from './id-record';

describe('id records', () => {
  it('find only the ids put in, whatever Object.prototype holds', () => {
    const record = withId(emptyIdRecord<number>(), 'p-1', 1);
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      expect(record[id]).toBeUndefined();
  });

  it('hold __proto__ and constructor as ordinary ids', () => {
    const record = withId(withId(emptyIdRecord<number>(), '__proto__', 1), 'constructor', 2);
    expect(record['__proto__']).toBe(1);
    expect(record['constructor']).toBe(2);
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse('{"__proto__":1,"constructor":2}'));
  });
});
