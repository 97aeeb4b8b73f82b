import { Node } from '@tiptap/core';
import { meetingKinds } from '../../domain/kinds';
import {
  oneOfAttribute,
  optionalDateAttribute,
  optionalTimeAttribute,
  textAttribute,
} from './attributeRules';

/** The meeting's own data: title, kind, date, times and place. Edited in a node view. */
export const MeetingHeader = Node.create({
  name: 'meetingHeader',
  atom: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      title: { default: '', validate: textAttribute(200) },
      kind: { default: 'protokoll', validate: oneOfAttribute(meetingKinds) },
      date: { default: '', validate: optionalDateAttribute },
      startTime: { default: '', validate: optionalTimeAttribute },
      endTime: { default: '', validate: optionalTimeAttribute },
      place: { default: '', validate: textAttribute(200) },
      /** Justeringens plats och tid, set at the meeting. */
      adjustmentPlace: { default: '', validate: textAttribute(200) },
      adjustmentDate: { default: '', validate: optionalDateAttribute },
    };
  },

  parseHTML() {
    return [{ tag: 'header[data-type="meeting-header"]' }];
  },

  renderHTML({ node }) {
    const attrs = node.attrs;
    return [
      'header',
      {
        'data-type': 'meeting-header',
        'data-title': attrs.title,
        'data-kind': attrs.kind,
        'data-date': attrs.date,
        'data-start-time': attrs.startTime,
        'data-end-time': attrs.endTime,
        'data-place': attrs.place,
      },
      attrs.title,
    ];
  },
});
