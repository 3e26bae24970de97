import { ProcessedEventGuard } from './processed-event-guard';

describe('ProcessedEventGuard', () => {
  it('remembers handled ids up to its capacity, forgetting the least recently seen first', () => {
    const guard = new ProcessedEventGuard(3);
    ['a', 'b', 'c'].forEach((id) => guard.add(id));
    expect(guard.has('a')).toBe(true);
    guard.add('d');
    expect(guard.size).toBe(3);
    expect(guard.has('b')).toBe(false);
    expect(['a', 'c', 'd'].every((id) => guard.has(id))).toBe(true);
  });
});
