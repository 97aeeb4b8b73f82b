import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './cleanPastedHtml';
import { withoutCopyOnlyWords } from './copyAsMinutes';
import { safeClipboardParser } from './safeClipboardParser';

/**
 * Pasted HTML from Word or the web is cleaned before the schema parses it, and parsed with checked
 * attributes; minutes copied from Paragraf lose the words the copy added for other programs.
 */
export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',

  addProseMirrorPlugins() {
    const clipboardParser = safeClipboardParser(this.editor.schema);
    return [new Plugin({ key: new PluginKey('pasteCleanup'), props: { transformPastedHTML: (html) => cleanPastedHtml(withoutCopyOnlyWords(html)), clipboardParser } })];
  },
});
