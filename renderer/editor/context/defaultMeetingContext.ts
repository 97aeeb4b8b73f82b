import { translate } from '../../../shared/i18n/translate';
import { PeopleStore } from '../people/peopleStore';
import type { MeetingContextValue } from './meetingContext';
import { NoticeStore } from './noticeStore';

/** The context of minutes shown without a meeting around them (read-only review): Swedish, no register. */
export function defaultMeetingContext(firstParagraphNumber: number): MeetingContextValue {
  return {
    quorumRule: { kind: 'majority' },
    bodyName: '',
    firstParagraphNumber,
    people: new PeopleStore(null, []),
    notices: new NoticeStore(),
    translate: (key, values) => translate('sv', key, values),
    now: () => new Date(),
  };
}
