import { describe, expect, it } from 'vitest';
import { addDays, isLate, meetingDeadlines } from '../../../../shared/domain/deadlines';
import { canonicalJson, revisionCanonicalText } from '../../../../shared/domain/revisionHash';

describe('canonical form', () => {
  it('sorts keys, drops undefined and normalises strings to NFC', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    const decomposed = 'A\u030Asa'; // Å as A + combining ring
    expect(canonicalJson({ name: decomposed })).toBe(canonicalJson({ name: 'Åsa' }));
  });

  it('gives the same text for the same revision whatever the key order, and another for a changed word', () => {
    const one = revisionCanonicalText({ meetingId: 'm', revisionNumber: 1, firstParagraphNumber: 1, document: { type: 'doc', content: [{ text: 'a', type: 'text' }] } });
    const two = revisionCanonicalText({ document: { content: [{ type: 'text', text: 'a' }], type: 'doc' }, firstParagraphNumber: 1, meetingId: 'm', revisionNumber: 1 });
    const changed = revisionCanonicalText({ meetingId: 'm', revisionNumber: 1, firstParagraphNumber: 1, document: { type: 'doc', content: [{ type: 'text', text: 'b' }] } });
    const renumbered = revisionCanonicalText({ meetingId: 'm', revisionNumber: 1, firstParagraphNumber: 2, document: { type: 'doc', content: [{ type: 'text', text: 'a' }] } });
    expect(one).toBe(two);
    expect(one).not.toBe(changed);
    expect(one).not.toBe(renumbered);
    const nextRevision = revisionCanonicalText({ meetingId: 'm', revisionNumber: 2, firstParagraphNumber: 1, document: { type: 'doc', content: [{ type: 'text', text: 'a' }] } });
    expect(one).not.toBe(nextRevision);
  });
});

describe('deadlines', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  });

  it('holds a nämnd to 14 days for justering, two days to post, three weeks up', () => {
    const deadlines = meetingDeadlines({ meetingDate: '2026-03-02', adjustmentDate: '2026-03-30', municipal: true, adjustedOn: '2026-03-09', postedOn: '2026-03-10' });
    expect(deadlines).toEqual({ adjustBy: '2026-03-16', postBy: '2026-03-11', takeDownOn: '2026-03-31' });
    expect(isLate(deadlines.adjustBy, '2026-03-17')).toBe(true);
    expect(isLate(deadlines.adjustBy, '2026-03-16')).toBe(false);
  });

  it('follows the date set at an association’s meeting', () => {
    expect(meetingDeadlines({ meetingDate: '2026-03-02', adjustmentDate: '2026-04-01', municipal: false, adjustedOn: null, postedOn: null })).toEqual({
      adjustBy: '2026-04-01',
      postBy: null,
      takeDownOn: null,
    });
  });
});
