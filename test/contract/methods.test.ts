import { describe, expect, it } from 'vitest';
import { inputSchemas } from '../../shared/contract/inputs';
import { channelOf, isMethodKey, methodKeys } from '../../shared/contract/methods';

describe('the method list', () => {
  it('names every method with an input schema once, and nothing else', () => {
    expect(new Set(methodKeys).size).toBe(methodKeys.length);
    expect([...methodKeys].sort()).toEqual(Object.keys(inputSchemas).sort());
  });

  it('knows its own keys and no others, not even an object property', () => {
    for (const key of methodKeys) expect(isMethodKey(key)).toBe(true);
    for (const other of ['meetings.nope', 'meetings', '', 'toString', '__proto__', 'constructor']) expect(isMethodKey(other)).toBe(false);
    expect(channelOf('meetings.open')).toBe('paragraf:meetings.open');
  });
});
