import type { Translate } from '../context/meetingContext';
import { focusFirstAttribute } from '../commands/focusField';
import { element } from '../nodeViews/dom/element';

/** The preparation of a §: what is known before the meeting. */
export interface Preparation {
  presenter: string;
  diaryNumber: string;
  basis: string;
  proposal: string;
}

/** The fields in the order the form shows them, with their text keys and sizes. */
const fields = [
  { name: 'presenter', label: 'preparation.presenter', multiline: false, max: 200 },
  { name: 'diaryNumber', label: 'preparation.diaryNumber', multiline: false, max: 60 },
  { name: 'basis', label: 'preparation.basis', multiline: true, max: 4000 },
  { name: 'proposal', label: 'preparation.proposal', multiline: true, max: 4000 },
] as const;

/** Whether any preparation field has text. */
export function hasPreparation(preparation: Preparation): boolean {
  return fields.some((field) => preparation[field.name] !== '');
}

/** The compact line under a § title: "Föredragande Maria Öberg · Beslutsunderlag …", and a button to change it. */
export function preparationSummary(preparation: Preparation, t: Translate, open: () => void): HTMLElement {
  const parts = fields
    .filter((field) => preparation[field.name] !== '')
    .map((field) =>
      element('span', { className: `prep-part prep-${field.name}` }, [
        element('span', { className: 'prep-label', text: t(field.label) }),
        element('span', { className: 'prep-value', text: preparation[field.name] }),
      ]),
    );
  const button = element('button', { className: 'prep-edit link', text: t('preparation.edit'), attrs: { type: 'button' } });
  button.addEventListener('click', open);
  return element('div', { className: 'item-prep', attrs: { contenteditable: 'false' } }, [...parts, button]);
}

/** The small form for the preparation; Enter (Ctrl+Enter in the longer fields) saves, Escape leaves it as it was. */
export function preparationForm(
  preparation: Preparation,
  t: Translate,
  actions: { save: (next: Preparation) => void; cancel: () => void },
): HTMLElement {
  const inputs = new Map<keyof Preparation, HTMLInputElement | HTMLTextAreaElement>();
  const save = () => {
    const next = { ...preparation };
    for (const [name, input] of inputs) next[name] = input.value.trim();
    actions.save(next);
  };
  const rows = fields.map((field, index) => {
    const input = field.multiline ? element('textarea', { attrs: { rows: '2' } }) : element('input');
    input.value = preparation[field.name];
    input.maxLength = field.max;
    input.dataset.field = field.name;
    if (index === 0) input.setAttribute(focusFirstAttribute, '');
    input.addEventListener('keydown', (event) => {
      const keyEvent = event as KeyboardEvent;
      if (keyEvent.key === 'Escape') {
        keyEvent.preventDefault();
        actions.cancel();
      } else if (keyEvent.key === 'Enter' && (!field.multiline || keyEvent.ctrlKey || keyEvent.metaKey)) {
        keyEvent.preventDefault();
        save();
      }
    });
    inputs.set(field.name, input);
    return element('label', { className: `prep-field prep-${field.name}` }, [element('span', { text: t(field.label) }), input]);
  });
  const saveButton = element('button', { className: 'primary', text: t('preparation.save'), attrs: { type: 'button' } });
  const cancelButton = element('button', { text: t('preparation.cancel'), attrs: { type: 'button' } });
  saveButton.addEventListener('click', save);
  cancelButton.addEventListener('click', actions.cancel);
  return element('div', { className: 'item-prep item-prep-form', attrs: { contenteditable: 'false', role: 'group', 'aria-label': t('preparation.heading') } }, [
    ...rows,
    element('div', { className: 'prep-actions' }, [saveButton, cancelButton, element('span', { className: 'prep-hint', text: t('preparation.hint') })]),
  ]);
}
