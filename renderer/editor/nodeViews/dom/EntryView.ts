import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { meetingContext, type Translate } from '../../context/meetingContext';
import { element } from './element';

/**
 * A plain DOM view of an entry with text (uppdrag, reservation, bordläggning …): a line of
 * controls that are not part of the text, and the text itself. Typing in the text costs one
 * attribute comparison here; the controls are drawn again only when the entry's data changes.
 */
export abstract class EntryView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  protected readonly controls: HTMLElement;
  protected node: PmNode;

  constructor(
    node: PmNode,
    protected readonly editor: Editor,
    protected readonly getPos: () => number | undefined,
    className: string,
  ) {
    this.node = node;
    this.controls = element('div', { className: 'entry-controls', attrs: { contenteditable: 'false' } });
    this.contentDOM = element('span', { className: 'entry-text' });
    this.dom = element('div', { className: `entry ${className}`, attrs: { 'data-type': className } });
  }

  /** The text line holds nothing but the text, so the caret cannot stray into a control. */
  private line(): HTMLElement {
    return element('p', { className: 'entry-line' }, [this.contentDOM]);
  }

  protected get t(): Translate {
    return meetingContext(this.editor).translate;
  }

  /** Draws what depends on the entry's attributes. */
  protected abstract draw(): void;

  /** Assembles and draws the view; called by the subclass once its own fields exist. */
  protected init(): void {
    this.dom.append(this.controls, this.line());
    this.dom.dataset.id = String(this.node.attrs.id ?? '');
    this.markEmpty();
    this.draw();
  }

  private markEmpty(): void {
    this.dom.toggleAttribute('data-empty', this.node.content.size === 0);
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    const attrsChanged = node.attrs !== this.node.attrs && JSON.stringify(node.attrs) !== JSON.stringify(this.node.attrs);
    this.node = node;
    this.markEmpty();
    if (attrsChanged) this.draw();
    return true;
  }

  /** Changes one attribute of this entry, as one undoable step. */
  protected setAttribute(name: string, value: unknown): void {
    const pos = this.getPos();
    if (pos === undefined || !this.editor.isEditable) return;
    this.editor.view.dispatch(this.editor.state.tr.setNodeAttribute(pos, name, value));
  }

  /** Puts the cursor back at the end of the entry's text. */
  protected returnToText(): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    this.editor.chain().focus().setTextSelection(pos + 1 + this.node.content.size).run();
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof Node && !this.contentDOM.contains(event.target) && this.dom.contains(event.target);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}
