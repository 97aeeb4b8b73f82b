import type { ParagrafApi } from '../../shared/contract/api';
import { parseRoute } from '../app/useRoute';

/**
 * Starts opening the meeting in the address (a reload, a link from the shell) with the page itself,
 * while the app draws its first screen, instead of after it. The meeting screen's own call for that
 * meeting then gets this answer, once; every other call goes straight through.
 */
export function openMeetingInAddress(api: ParagrafApi, hash: string): ParagrafApi {
  const route = parseRoute(hash);
  if (route.screen !== 'meeting') return api;
  let early: ReturnType<ParagrafApi['meetings']['open']> | null = api.meetings.open({ id: route.id });
  // Its failure is the meeting screen's to show, when it takes the answer.
  early.catch(() => undefined);
  const open = api.meetings.open;
  return {
    ...api,
    meetings: {
      ...api.meetings,
      open: (input) => {
        if (early && input.id === route.id) {
          const answer = early;
          early = null;
          return answer;
        }
        return open(input);
      },
    },
  };
}
