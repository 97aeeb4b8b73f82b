import { Extension, type Editor } from '@tiptap/core';
import { DOMSerializer, type Fragment, type Schema, type Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { formatSwedishDate } from '../../../shared/domain/dates';
import type { Attendee } from '../../../shared/document/nodes/attendance';
import { jsonFromAttribute } from '../../../shared/document/nodes/entryBase';
import { joinNames, whenAndWhere, withFullStop } from '../../../shared/domain/swedishText';
import { readOutline } from '../outline/meetingOutline';

/**
 * Marks what a copy adds for other programs only (a § number, "Styrelsen beslutar", "att", who got
 * an uppdrag): the words the editor draws beside the text. Paragraf takes it out again when the copy
 * is pasted back into minutes, so the text is not doubled.
 */
export const copyOnlyAttribute = 'data-copy-only';

/** What a copy reads from the whole minutes: the § numbers, and the attendance and next meeting (one of each). */
interface CopyContext {
  numbers: Map<string, number>;
  attendees: Attendee[];
  nextMeeting: Record<string, string> | null;
}

function copyContext(editor: Editor): CopyContext {
  let attendees: Attendee[] = [];
  let nextMeeting: Record<string, string> | null = null;
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'attendance') attendees = node.attrs.attendees as Attendee[];
    if (node.type.name === 'nextMeeting') nextMeeting = node.attrs as Record<string, string>;
  });
  return { numbers: readOutline(editor)?.order.numbers ?? new Map<string, number>(), attendees, nextMeeting };
}

/** Who was there, who was not, and who had sent word, as lines of a copy. */
const presenceLabels: [Attendee['status'], string][] = [
  ['present', 'Närvarande'],
  ['excused', 'Anmält förhinder'],
  ['absent', 'Frånvarande'],
];

/** The words of the minutes that the editor draws beside the text, put into copied HTML. */
function addMinutesWords(root: ParentNode, { numbers, attendees, nextMeeting }: CopyContext): void {
  const doc = root.ownerDocument ?? document;
  const words = (text: string, tag = 'span') => {
    const element = doc.createElement(tag);
    element.setAttribute(copyOnlyAttribute, '');
    element.textContent = text;
    return element;
  };
  for (const header of root.querySelectorAll<HTMLElement>('header[data-type="meeting-header"]')) {
    const { date = '', startTime = '', endTime = '', place = '' } = header.dataset;
    const when = whenAndWhere(date, startTime, endTime, place);
    if (when) header.append(words(` – ${when}`));
  }
  // The attendance and the next meeting are one of each and never pasted back: their copy is only words.
  for (const attendance of root.querySelectorAll<HTMLElement>('div[data-type="attendance"]')) {
    attendance.replaceChildren(
      ...presenceLabels.flatMap(([status, label]) => {
        const names = attendees.filter((attendee) => attendee.status === status && attendee.name.trim()).map((attendee) => attendee.name);
        return names.length > 0 ? [words(`${label}: ${joinNames(names)}`, 'p')] : [];
      }),
    );
  }
  for (const next of root.querySelectorAll<HTMLElement>('div[data-type="next-meeting"]')) {
    const when = nextMeeting ? whenAndWhere(nextMeeting.date ?? '', nextMeeting.startTime ?? '', nextMeeting.endTime ?? '', nextMeeting.place ?? '') : '';
    next.replaceChildren(...(when ? [words(withFullStop(`Nästa möte: ${when}`), 'p')] : []));
  }
  for (const item of root.querySelectorAll<HTMLElement>('section[data-type="agenda-item"]')) {
    const number = numbers.get(item.dataset.id ?? '');
    const title = item.querySelector(':scope > h2[data-type="agenda-title"]');
    if (number !== undefined && title) title.prepend(words(`§ ${number} `));
  }
  for (const decision of root.querySelectorAll<HTMLElement>('div[data-type="decision"]')) {
    const lead = decision.dataset.lead?.trim();
    if (lead) {
      const paragraph = words('', 'p');
      paragraph.append(Object.assign(doc.createElement('strong'), { textContent: lead }));
      decision.prepend(paragraph);
    }
    // The att-satser are a list whose marker is the word "att", as the minutes print them.
    decision.querySelector(':scope > ol')?.setAttribute('style', 'list-style-type: none');
    for (const clause of decision.querySelectorAll('li[data-type="att-clause"]')) clause.prepend(words('att '));
  }
  for (const assignment of root.querySelectorAll<HTMLElement>('div[data-type="assignment"]')) {
    const who = joinNames(namesOf(assignment, 'data-assignees'));
    const deadline = assignment.dataset.deadline ?? '';
    assignment.prepend(words(who ? `${who} får i uppdrag att ` : 'Uppdrag att '));
    if (deadline) assignment.append(words(` senast ${formatSwedishDate(deadline)}`));
  }
  for (const reservation of root.querySelectorAll<HTMLElement>('div[data-type="reservation"]')) {
    const who = joinNames(namesOf(reservation, 'data-persons')) || 'Ledamot';
    reservation.prepend(words(`${who} reserverar sig mot beslutet. `));
  }
  for (const note of root.querySelectorAll<HTMLElement>('div[data-type="protocol-note"]')) {
    const who = joinNames(namesOf(note, 'data-persons'));
    note.prepend(words(who ? `Protokollsanteckning från ${who}: ` : 'Protokollsanteckning: '));
  }
  for (const deferral of root.querySelectorAll<HTMLElement>('div[data-type="deferral"]')) {
    const referredBack = deferral.dataset.kind === 'återremiss';
    const hasText = (deferral.textContent ?? '').trim() !== '';
    if (hasText) deferral.prepend(words(referredBack ? 'Återremiss: ' : 'Bordläggning: '));
    else deferral.append(words(referredBack ? 'Ärendet återremitteras.' : 'Ärendet bordläggs.'));
  }
}

/** The names in a person list an entry's HTML carries (`data-assignees`, `data-persons`). */
function namesOf(element: HTMLElement, attribute: string): string[] {
  const people = jsonFromAttribute(element, attribute, []);
  return Array.isArray(people) ? people.map((person: PersonRef | null) => String(person?.name ?? '')) : [];
}

/** Block elements whose text is one line or paragraph of the plain-text copy. */
const textBlocks =
  'header, h1, h2, h3, p, li, div[data-type="vote"], div[data-type="assignment"], div[data-type="reservation"], div[data-type="protocol-note"], div[data-type="deferral"]';

/**
 * The copy as plain text: a blank line between paragraphs, a decision's att-satser one per line under
 * its lead, a bulleted list's items one per line after a dash.
 */
function plainTextOf(root: ParentNode): string {
  let text = '';
  for (const block of root.querySelectorAll(textBlocks)) {
    if (block.parentElement?.closest(textBlocks)) continue;
    const line = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const listItem = block.matches('li');
    const bullet = block.matches('ul > li') ? '– ' : '';
    text += `${text === '' ? '' : listItem ? '\n' : '\n\n'}${bullet}${line}`;
  }
  return text;
}

/** Whether a copy stays inside one run of text: it is then copied as it is, with nothing added. */
function withinOneTextblock(state: EditorState): boolean {
  const { $from, $to } = state.selection;
  return $from.sameParent($to) && $from.parent.isTextblock;
}

/**
 * Copying (and cutting) more than a piece of one paragraph gives other programs the minutes as
 * they read: "§ 5 Ekonomisk rapport", "Styrelsen beslutar" and "att …", "Erik Johansson får i
 * uppdrag att … senast 31 januari 2027", who reserved themselves. Word and e-mail take the HTML, a
 * plain-text editor the text. Pasted back into Paragraf, the same copy gives the same entries.
 */
export const CopyAsMinutes = Extension.create({
  name: 'copyAsMinutes',

  addProseMirrorPlugins() {
    const editor = this.editor;
    const schema: Schema = editor.schema;
    const base = DOMSerializer.fromSchema(schema);
    const serializer = new DOMSerializer(base.nodes, base.marks);
    serializer.serializeFragment = (fragment: Fragment, options?: { document?: Document }, target?: HTMLElement | DocumentFragment) => {
      const out = base.serializeFragment(fragment, options, target);
      if (!withinOneTextblock(editor.state)) addMinutesWords(out, copyContext(editor));
      return out;
    };
    return [
      new Plugin({
        key: new PluginKey('copyAsMinutes'),
        props: {
          clipboardSerializer: serializer,
          clipboardTextSerializer: (slice: Slice) => {
            if (withinOneTextblock(editor.state)) return slice.content.textBetween(0, slice.content.size, '\n\n');
            return plainTextOf(serializer.serializeFragment(slice.content, { document }));
          },
        },
      }),
    ];
  },
});

/** Copied minutes pasted back: the words added for other programs are taken out before parsing. */
export function withoutCopyOnlyWords(html: string): string {
  if (!html.includes(copyOnlyAttribute)) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll(`[${copyOnlyAttribute}]`)) element.remove();
  for (const list of template.content.querySelectorAll('div[data-type="decision"] > ol[style]')) list.removeAttribute('style');
  return template.innerHTML;
}
