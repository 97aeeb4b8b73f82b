import { describe, expect, it } from 'vitest';
import type { ParagrafApi } from '../../../shared/contract/api';
import { createClient } from '../../../shared/contract/createClient';
import { openMeetingInAddress } from '../../../renderer/api/openEarly';

/** An API whose every call is noted and answered with its method and input. */
function recordingApi(): { api: ParagrafApi; calls: string[] } {
  const calls: string[] = [];
  const api = createClient(async (key, input) => {
    calls.push(`${key} ${JSON.stringify(input)}`);
    return { ok: true, value: { key, input, call: calls.length } };
  });
  return { api, calls };
}

describe('opening the meeting in the address early', () => {
  it('starts with the page, and hands that answer to the first call for the meeting only', async () => {
    const { api, calls } = recordingApi();
    const early = openMeetingInAddress(api, '#/meeting/m-1');
    expect(calls).toEqual(['meetings.open {"id":"m-1"}']);
    await expect(early.meetings.open({ id: 'm-1' })).resolves.toMatchObject({ call: 1 });
    expect(calls).toHaveLength(1);
    // A later opening (after a justering step, say) asks again.
    await expect(early.meetings.open({ id: 'm-1' })).resolves.toMatchObject({ call: 2 });
    await expect(early.meetings.open({ id: 'm-2' })).resolves.toMatchObject({ input: { id: 'm-2' } });
    await early.app.status({});
    expect(calls.slice(1)).toEqual(['meetings.open {"id":"m-1"}', 'meetings.open {"id":"m-2"}', 'app.status {}']);
  });

  it('leaves the API as it is on any other screen', () => {
    for (const hash of ['', '#/', '#/register', '#/review/m-1', '#/meeting/../x']) {
      const { api, calls } = recordingApi();
      expect(openMeetingInAddress(api, hash)).toBe(api);
      expect(calls).toEqual([]);
    }
  });

  it('passes a failure to the meeting screen when it takes the answer', async () => {
    const api = createClient(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'no such meeting' } }));
    const early = openMeetingInAddress(api, '#/meeting/gone');
    await expect(early.meetings.open({ id: 'gone' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
