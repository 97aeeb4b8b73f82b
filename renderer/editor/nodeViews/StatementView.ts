import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { focusFirstAttribute } from '../commands/focusField';
import { element } from './dom/element';
import { EntryView } from './dom/EntryView';
import { drawPersonChips } from './dom/personChips';

/** A decision of the § as a choice: its id and the start of its first att-sats. */
interface DecisionChoice {
  id: string;
  text: string;
}

const choiceLength = 60;

/** A reservation or protokollsanteckning: who (by @), against which decision of the §, and the text. */
export class StatementView extends EntryView {
  private readonly who = element('span', { className: 'entry-people' });
  private readonly label = element('span', { className: 'entry-label' });
  private readonly againstLabel = element('span', { className: 'entry-field-label' });
  private readonly decision = element('select', { className: 'entry-select' });
  private drawnChoices = '';

  constructor(node: PmNode, editor: Editor, getPos: () => number | undefined) {
    super(node, editor, getPos, node.type.name === 'reservation' ? 'reservation' : 'protocol-note');
    this.decision.setAttribute(focusFirstAttribute, '');
    this.decision.dataset.field = 'decision';
    // The § may have got decisions since the view was drawn: offer the current ones when opened.
    this.decision.addEventListener('focus', () => this.fillDecisions());
    this.decision.addEventListener('change', () => this.setAttribute('decisionId', this.decision.value || null));
    this.decision.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' || (event.key === 'Enter' && !event.altKey)) {
        event.preventDefault();
        this.returnToText();
      }
    });
    this.controls.append(this.label, this.who, element('label', { className: 'entry-field' }, [this.againstLabel, this.decision]));
    this.init();
  }

  private decisionsOfItem(): DecisionChoice[] {
    const pos = this.getPos();
    if (pos === undefined) return [];
    const $pos = this.editor.state.doc.resolve(pos);
    const item = $pos.parent;
    if (item.type.name !== 'agendaItem') return [];
    const choices: DecisionChoice[] = [];
    item.forEach((child) => {
      if (child.type.name !== 'decision' || typeof child.attrs.id !== 'string') return;
      const text = child.firstChild?.textContent ?? '';
      choices.push({ id: child.attrs.id, text: text.length > choiceLength ? `${text.slice(0, choiceLength)}…` : text });
    });
    return choices;
  }

  private fillDecisions(): void {
    const t = this.t;
    const current = this.node.attrs.decisionId as string | null;
    const choices = this.decisionsOfItem();
    // Options are drawn anew only when they differ, so a choice being made is never pulled away.
    const signature = JSON.stringify([choices, current, t('statement.noDecision')]);
    if (signature === this.drawnChoices) return;
    this.drawnChoices = signature;
    const options = [element('option', { text: t('statement.noDecision'), attrs: { value: '' } })];
    choices.forEach((choice, index) => {
      const text = t('statement.decisionChoice', { number: String(index + 1), text: choice.text || '…' });
      options.push(element('option', { text, attrs: { value: choice.id } }));
    });
    if (current !== null && !choices.some((choice) => choice.id === current)) {
      options.push(element('option', { text: t('statement.decisionGone'), attrs: { value: current } }));
    }
    this.decision.replaceChildren(...options);
    this.decision.value = current ?? '';
  }

  protected draw(): void {
    const t = this.t;
    const persons = this.node.attrs.persons as PersonRef[];
    const isReservation = this.node.type.name === 'reservation';
    this.label.textContent = t(isReservation ? 'reservation.label' : 'protocolNote.label');
    this.againstLabel.textContent = t(isReservation ? 'reservation.against' : 'protocolNote.about');
    this.fillDecisions();
    const field = isReservation ? 'reservation.who' : 'protocolNote.who';
    this.who.setAttribute('aria-label', t(field));
    drawPersonChips(this.who, persons, t, (index) => this.setAttribute('persons', persons.filter((_person, at) => at !== index)));
  }
}
