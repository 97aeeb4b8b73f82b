import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { createInlineTrigger, type TriggerController, type TriggerState } from './inlineTrigger';

/** The plugin key of the "@" trigger, for the menu that offers people. */
export const mentionTriggerKey = new PluginKey<TriggerState>('mentionTrigger');

/** Text blocks where "@" offers people: running text, att-satser and the entries that name people. */
const mentionBlocks = new Set(['paragraph', 'attClause', 'assignment', 'reservation', 'protocolNote', 'deferral']);

declare module '@tiptap/core' {
  interface Storage {
    mentionTrigger: { controller: TriggerController };
  }
}

/** "@" at the start of a word opens completion of people from the body and the register. */
export const MentionTrigger = Extension.create({
  name: 'mentionTrigger',
  // Before the minutes keymap (1000): while the menu is open, Enter and Tab choose from it.
  priority: 1100,

  addStorage() {
    return { controller: { onKeyDown: null } as TriggerController };
  },

  addProseMirrorPlugins() {
    return [
      createInlineTrigger({
        key: mentionTriggerKey,
        char: '@',
        maxWords: 3,
        maxLength: 60,
        allowedIn: (textblock) => mentionBlocks.has(textblock.type.name),
        controller: this.storage.controller,
      }),
    ];
  },
});
