import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { meetingContext } from '../context/meetingContext';
import { focusFirstAttribute } from '../commands/focusField';
import { DateField } from './dom/DateField';
import { element } from './dom/element';
import { EntryView } from './dom/EntryView';
import { drawPersonChips } from './dom/personChips';

/** "Erik Johansson får i uppdrag att … senast 31 mars 2027": who by @, the task as text, the deadline typed. */
export class AssignmentView extends EntryView {
  private readonly who = element('span', { className: 'entry-people' });
  private readonly verb = element('span', { className: 'entry-verb' });
  private readonly label = element('span', { className: 'entry-label' });
  private readonly deadlineLabel = element('span', { className: 'entry-field-label' });
  private readonly deadline: DateField;

  constructor(node: PmNode, editor: Editor, getPos: () => number | undefined) {
    super(node, editor, getPos, 'assignment');
    const context = meetingContext(editor);
    this.deadline = new DateField({
      label: context.translate('assignment.deadline'),
      year: 'future',
      now: () => context.now(),
      translate: () => meetingContext(editor).translate,
      commit: (date) => this.setAttribute('deadline', date),
      leave: () => this.returnToText(),
    });
    this.deadline.input.setAttribute(focusFirstAttribute, '');
    this.deadline.input.dataset.field = 'deadline';
    // Who and the verb sit in the controls row, so the caret (Home, arrows) never lands outside the text.
    this.controls.append(this.label, this.who, this.verb, element('span', { className: 'entry-field' }, [this.deadlineLabel, this.deadline.dom]));
    this.init();
  }

  protected draw(): void {
    const t = this.t;
    const assignees = this.node.attrs.assignees as PersonRef[];
    this.label.textContent = t('assignment.label');
    this.deadlineLabel.textContent = t('assignment.by');
    this.verb.textContent = t(assignees.length > 1 ? 'assignment.verbMany' : 'assignment.verbOne');
    this.deadline.input.placeholder = t('assignment.deadlinePlaceholder');
    this.deadline.show(this.node.attrs.deadline as string);
    drawPersonChips(this.who, assignees, t, (index) => this.setAttribute('assignees', assignees.filter((_person, at) => at !== index)));
  }
}
