import { describe, expect, it } from 'vitest';
import { parseSwedishDate, parseSwedishTime } from '../../../../shared/domain/swedishDates';

const today = '2026-11-12';

function date(text: string, year: 'future' | 'nearest' = 'nearest') {
  return parseSwedishDate(text, { today, year });
}

describe('dates typed the Swedish way', () => {
  it('reads day/month, with and without a year', () => {
    expect(date('27/4 2027')).toEqual({ ok: true, date: '2027-04-27', time: '', endTime: '' });
    expect(date('27/4-27')).toMatchObject({ ok: true, date: '2027-04-27' });
    expect(date('3/12')).toMatchObject({ ok: true, date: '2026-12-03' });
    expect(date('1/1/2027')).toMatchObject({ ok: true, date: '2027-01-01' });
  });

  it('reads month names and their abbreviations, with "den" and a weekday in front', () => {
    expect(date('27 april 2027')).toMatchObject({ ok: true, date: '2027-04-27' });
    expect(date('den 14 januari 2027')).toMatchObject({ ok: true, date: '2027-01-14' });
    expect(date('Torsdag 14 jan. 2027')).toMatchObject({ ok: true, date: '2027-01-14' });
    expect(date('1:a maj 2027')).toMatchObject({ ok: true, date: '2027-05-01' });
    expect(date('31 okt 2026')).toMatchObject({ ok: true, date: '2026-10-31' });
  });

  it('reads ISO dates, also without separators', () => {
    expect(date('2027-03-31')).toMatchObject({ ok: true, date: '2027-03-31' });
    expect(date('20270331')).toMatchObject({ ok: true, date: '2027-03-31' });
  });

  it('reads a time after "kl" and a time range', () => {
    expect(date('27 april 2027 kl 9')).toEqual({ ok: true, date: '2027-04-27', time: '09:00', endTime: '' });
    expect(date('14/1 2027 kl. 18.30–20.30')).toEqual({ ok: true, date: '2027-01-14', time: '18:30', endTime: '20:30' });
    expect(date('14 januari 2027, klockan 18:30')).toMatchObject({ ok: true, time: '18:30' });
    expect(date('2027-01-14 18.30')).toMatchObject({ ok: true, date: '2027-01-14', time: '18:30' });
  });

  it('puts a date without a year in the coming year for deadlines, and nearest today otherwise', () => {
    expect(date('31/3', 'future')).toMatchObject({ ok: true, date: '2027-03-31' });
    expect(date('12/11', 'future')).toMatchObject({ ok: true, date: '2026-11-12' });
    expect(date('10/11', 'nearest')).toMatchObject({ ok: true, date: '2026-11-10' });
    expect(date('10/11', 'future')).toMatchObject({ ok: true, date: '2027-11-10' });
    expect(date('5/1', 'nearest')).toMatchObject({ ok: true, date: '2027-01-05' });
  });

  it('reads idag and imorgon', () => {
    expect(date('idag')).toMatchObject({ ok: true, date: '2026-11-12' });
    expect(parseSwedishDate('i morgon', { today: '2026-12-31' })).toMatchObject({ ok: true, date: '2027-01-01' });
  });

  it('reports a date that does not exist with what a message needs, never moving it', () => {
    expect(date('31/2 2027')).toEqual({ ok: false, reason: 'noSuchDate', year: 2027, month: 2, day: 31, daysInMonth: 28 });
    expect(date('31/2', 'future')).toMatchObject({ ok: false, reason: 'noSuchDate', day: 31, month: 2 });
    expect(date('29 februari 2027')).toMatchObject({ ok: false, reason: 'noSuchDate', daysInMonth: 28 });
    expect(date('29 februari 2028')).toMatchObject({ ok: true, date: '2028-02-29' });
    expect(date('31 april 2027')).toMatchObject({ ok: false, reason: 'noSuchDate', daysInMonth: 30 });
    expect(date('2027-02-30')).toMatchObject({ ok: false, reason: 'noSuchDate' });
    expect(date('12/13')).toEqual({ ok: false, reason: 'noSuchMonth', month: 13 });
  });

  it('reports a time that does not exist and text that is no date', () => {
    expect(date('27/4 2027 kl 25')).toEqual({ ok: false, reason: 'noSuchTime', time: '25' });
    expect(date('27/4 2027 kl 9-24.30')).toMatchObject({ ok: false, reason: 'noSuchTime', time: '24.30' });
    expect(date('snart')).toEqual({ ok: false, reason: 'unreadable' });
    expect(date('27 aprilis')).toEqual({ ok: false, reason: 'unreadable' });
    expect(date('   ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('times typed the Swedish way', () => {
  it('reads hours, hours with minutes after a dot or colon, and four digits', () => {
    expect(parseSwedishTime('9')).toBe('09:00');
    expect(parseSwedishTime('kl 9.30')).toBe('09:30');
    expect(parseSwedishTime('18:05')).toBe('18:05');
    expect(parseSwedishTime('0930')).toBe('09:30');
  });

  it('refuses what is no time of day', () => {
    expect(parseSwedishTime('24')).toBeNull();
    expect(parseSwedishTime('9.75')).toBeNull();
    expect(parseSwedishTime('nio')).toBeNull();
  });
});
