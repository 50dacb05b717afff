import { describe, expect, it } from 'vitest';
import { pushAll } from '../src/core/push-all.ts';

describe('pushAll', () => {
  it('appends a million items, where push(...items) overflows the call stack', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const into = [-1];
    pushAll(into, items);
    expect(into.length).toBe(1_000_001);
    expect([into[0], into[1], into[1_000_000]]).toEqual([-1, 0, 999_999]);
  });
});
