import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { createInlineTrigger, type TriggerController, type TriggerState } from './inlineTrigger';

/** The plugin key of the "/" trigger, for the menu that shows its choices. */
export const slashTriggerKey = new PluginKey<TriggerState>('slashTrigger');

declare module '@tiptap/core' {
  interface Storage {
    slashTrigger: { controller: TriggerController };
  }
}

/** "/" at the start of a word in running text opens the command menu ("/beslut", "/nästa möte"). */
export const SlashTrigger = Extension.create({
  name: 'slashTrigger',
  // Before the minutes keymap (1000): while the menu is open, Enter and Tab choose from it.
  priority: 1100,

  addStorage() {
    return { controller: { onKeyDown: null } as TriggerController };
  },

  addProseMirrorPlugins() {
    return [
      createInlineTrigger({
        key: slashTriggerKey,
        char: '/',
        maxWords: 3,
        maxLength: 30,
        allowedIn: (textblock) => textblock.type.name === 'paragraph',
        controller: this.storage.controller,
      }),
    ];
  },
});
