import { jsonDepthExceeds } from './json-body.parser';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonDepthExceeds', () => {
  it('counts nested objects and arrays', () => {
    expect(jsonDepthExceeds(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonDepthExceeds(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(bytes(`{"a":"${'['.repeat(100)}"}`), 1)).toBe(false);
    expect(jsonDepthExceeds(bytes(`{"a":"\\"${'{'.repeat(100)}"}`), 1)).toBe(false);
  });

  it('counts depth at once, not the total of brackets', () => {
    expect(jsonDepthExceeds(bytes(`[${'[1],'.repeat(1000)}[1]]`), 2)).toBe(false);
  });
});
