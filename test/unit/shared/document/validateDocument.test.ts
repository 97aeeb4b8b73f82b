import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../shared/document/buildMinutes';
import { validateDocument } from '../../../../shared/document/validateDocument';
import { isValidIsoDate, isValidTime } from '../../../../shared/domain/dates';

const header = { title: 'Styrelsemöte', kind: 'protokoll' as const, date: '2026-03-12', startTime: '18:00', endTime: '20:15', place: 'Ängsö bygdegård' };

describe('the minutes schema, headless', () => {
  it('accepts minutes built from a template', () => {
    expect(validateDocument(buildMinutes(header, [{ title: 'Mötets öppnande', paragraphs: ['Välkomna!'] }])).ok).toBe(true);
  });

  it.each([
    ['no header', { type: 'doc', content: [{ type: 'agendaItem', content: [{ type: 'agendaTitle' }] }] }],
    ['no agenda item', { type: 'doc', content: [{ type: 'meetingHeader', attrs: header }] }],
    ['an unknown node', { type: 'doc', content: [{ type: 'meetingHeader', attrs: header }, { type: 'iframe' }] }],
    ['a decision outside a §', { type: 'doc', content: [{ type: 'meetingHeader', attrs: header }, { type: 'decision', content: [{ type: 'attClause' }] }] }],
    ['a decision without att-sats', { type: 'doc', content: [{ type: 'meetingHeader', attrs: header }, { type: 'agendaItem', content: [{ type: 'agendaTitle' }, { type: 'decision', content: [] }] }] }],
    ['a date that does not exist', { type: 'doc', content: [{ type: 'meetingHeader', attrs: { ...header, date: '2026-02-29' } }, { type: 'agendaItem', content: [{ type: 'agendaTitle' }] }] }],
    ['a time of 25:00', { type: 'doc', content: [{ type: 'meetingHeader', attrs: { ...header, startTime: '25:00' } }, { type: 'agendaItem', content: [{ type: 'agendaTitle' }] }] }],
    ['an id with markup', { type: 'doc', content: [{ type: 'meetingHeader', attrs: header }, { type: 'agendaItem', attrs: { id: '<b>' }, content: [{ type: 'agendaTitle' }] }] }],
    ['not a doc', { type: 'paragraph' }],
    ['null', null],
  ])('refuses %s', (_case, json) => {
    expect(validateDocument(json).ok).toBe(false);
  });
});

describe('dates', () => {
  it('knows which dates exist', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-4-3')).toBe(false);
    expect(isValidTime('09:05')).toBe(true);
    expect(isValidTime('9:05')).toBe(false);
    expect(isValidTime('24:00')).toBe(false);
  });
});
