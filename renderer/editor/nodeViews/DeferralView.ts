import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { deferralKinds } from '../../../shared/document/nodes/deferral';
import { focusFirstAttribute } from '../commands/focusField';
import { element } from './dom/element';
import { EntryView } from './dom/EntryView';

/** Bordläggning or återremiss: the kind chosen in place, the reason as text. */
export class DeferralView extends EntryView {
  private readonly kind = element('select', { className: 'entry-select entry-kind' });

  constructor(node: PmNode, editor: Editor, getPos: () => number | undefined) {
    super(node, editor, getPos, 'deferral');
    this.kind.setAttribute(focusFirstAttribute, '');
    this.kind.dataset.field = 'kind';
    this.kind.addEventListener('change', () => this.setAttribute('kind', this.kind.value));
    this.kind.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' || event.key === 'Enter') {
        event.preventDefault();
        this.returnToText();
      }
    });
    this.controls.append(this.kind);
    this.init();
  }

  protected draw(): void {
    const t = this.t;
    const kind = this.node.attrs.kind as string;
    this.dom.dataset.kind = kind;
    this.kind.setAttribute('aria-label', t('deferral.kind'));
    this.kind.replaceChildren(...deferralKinds.map((value) => element('option', { text: t(`deferral.${value}`), attrs: { value } })));
    this.kind.value = kind;
    this.contentDOM.dataset.placeholder = t(kind === 'återremiss' ? 'deferral.referralPlaceholder' : 'deferral.tablingPlaceholder');
  }
}
