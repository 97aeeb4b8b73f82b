import { isValidIsoDate, isValidTime } from '../../domain/dates';

/** Attribute validator: a string of at most `max` characters. */
export function textAttribute(max: number): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'string') throw new RangeError('expected text');
    if (value.length > max) throw new RangeError(`text longer than ${max}`);
  };
}

/** Attribute validator: empty, or a real date written YYYY-MM-DD. */
export function optionalDateAttribute(value: unknown): void {
  if (typeof value !== 'string') throw new RangeError('expected a date');
  if (value !== '' && !isValidIsoDate(value)) throw new RangeError(`not a date: ${value}`);
}

/** Attribute validator: empty, or a time of day written HH:MM. */
export function optionalTimeAttribute(value: unknown): void {
  if (typeof value !== 'string') throw new RangeError('expected a time');
  if (value !== '' && !isValidTime(value)) throw new RangeError(`not a time: ${value}`);
}

/** Attribute validator: one of a closed list of strings. */
export function oneOfAttribute(allowed: readonly string[]): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new RangeError(`expected one of ${allowed.join(', ')}`);
    }
  };
}

/** Attribute validator: null, or an id of letters, digits, '-' and '_'. */
export function optionalIdAttribute(value: unknown): void {
  if (value === null) return;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new RangeError('expected an id');
  }
}

/** Attribute validator: true or false. */
export function booleanAttribute(value: unknown): void {
  if (typeof value !== 'boolean') throw new RangeError('expected true or false');
}
