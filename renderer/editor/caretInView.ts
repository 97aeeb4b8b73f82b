import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The plugin key of the caret scrolling. */
export const caretInViewKey = new PluginKey('caretInView');

/** Pixels left between the caret and the edge it was scrolled to (ProseMirror's default margin). */
const margin = 5;

const scrollingOverflow = new Set(['auto', 'scroll', 'overlay']);

/** Whether an element between the minutes and the page's body scrolls (read once per editor element). */
const scrollsInside = new WeakMap<HTMLElement, boolean>();

function hasScrollingAncestor(dom: HTMLElement): boolean {
  let known = scrollsInside.get(dom);
  if (known === undefined) {
    known = false;
    const win = dom.ownerDocument.defaultView;
    for (let element = dom.parentElement; element && element !== dom.ownerDocument.body; element = element.parentElement) {
      const style = win?.getComputedStyle(element);
      if (style && (scrollingOverflow.has(style.overflowY) || scrollingOverflow.has(style.overflowX))) {
        known = true;
        break;
      }
    }
    scrollsInside.set(dom, known);
  }
  return known;
}

/** The bottom of the editor's sticky toolbar in the window, or 0 when there is none on screen. */
function coveredTop(view: EditorView): number {
  const toolbar = view.dom.closest('.editor')?.querySelector(':scope > .toolbar');
  return toolbar ? Math.max(0, toolbar.getBoundingClientRect().bottom) : 0;
}

/**
 * Scrolls the window so the caret is visible below the toolbar, when the window is what scrolls the
 * minutes. Returns false, leaving it to ProseMirror, for a selected node, a caret beside the window
 * horizontally, or minutes inside a scrolling element.
 */
export function scrollCaretIntoView(view: EditorView): boolean {
  const { selection } = view.state;
  const win = view.dom.ownerDocument.defaultView;
  if (!win || selection instanceof NodeSelection || hasScrollingAncestor(view.dom)) return false;
  let caret: { top: number; bottom: number; left: number; right: number };
  try {
    caret = view.coordsAtPos(selection.head, 1);
  } catch {
    return false;
  }
  if (caret.left < 0 || caret.right > win.innerWidth) return false;
  const top = coveredTop(view);
  if (caret.top < top) win.scrollBy(0, caret.top - top - margin);
  else if (caret.bottom > win.innerHeight) win.scrollBy(0, caret.bottom - win.innerHeight + margin);
  return true;
}

/**
 * Keeps the caret in view as the secretary types, at the cost of one measurement of the caret.
 *
 * ProseMirror's own scrolling measures every element around the caret, a box and a computed style
 * each, up to the page, after every typed character: about a third of a millisecond a key in a
 * 200-§ meeting (`npm run bench`'s profile). The meeting screen scrolls only the window, so one
 * comparison of the caret with the window does. It also keeps the caret out from under the sticky
 * toolbar, which ProseMirror does not know covers the text.
 */
export const CaretInView = Extension.create({
  name: 'caretInView',

  addProseMirrorPlugins() {
    return [new Plugin({ key: caretInViewKey, props: { handleScrollToSelection: scrollCaretIntoView } })];
  },
});
