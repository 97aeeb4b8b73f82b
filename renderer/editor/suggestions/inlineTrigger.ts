import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';

/** A trigger typed at the cursor: "/beslut" or "@Anna L", with the document range it covers. */
export interface TriggerMatch {
  from: number;
  to: number;
  query: string;
}

/** The trigger's state: the match at the cursor (or none), and a match the user dismissed. */
export interface TriggerState {
  match: TriggerMatch | null;
  dismissedFrom: number | null;
}

/** Where the menu that shows a trigger's choices takes its keys while it is open. */
export interface TriggerController {
  onKeyDown: ((event: KeyboardEvent) => boolean) | null;
}

/** How a trigger reads the text before the cursor. */
export interface InlineTriggerOptions {
  key: PluginKey<TriggerState>;
  char: string;
  /** Words the query may have ("nästa möte", "Anna Lindqvist"). */
  maxWords: number;
  maxLength: number;
  allowedIn: (textblock: PmNode) => boolean;
  controller: TriggerController;
}

const inactive: TriggerState = { match: null, dismissedFrom: null };

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function findMatch(state: EditorState, options: InlineTriggerOptions, pattern: RegExp): TriggerMatch | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const $from = selection.$from;
  const parent = $from.parent;
  if (!parent.isTextblock || !options.allowedIn(parent)) return null;
  const offset = $from.parentOffset;
  const windowStart = Math.max(0, offset - options.maxLength - 1);
  const before = parent.textBetween(windowStart, offset, undefined, '\ufffc');
  const match = pattern.exec(before);
  if (!match) return null;
  const lead = match[1] ?? '';
  if (lead === '' && windowStart + match.index !== 0) return null;
  const length = match[0].length - lead.length;
  return { from: $from.pos - length, to: $from.pos, query: match[2] ?? '' };
}

function sameMatch(a: TriggerMatch | null, b: TriggerMatch | null): boolean {
  return a === b || (!!a && !!b && a.from === b.from && a.to === b.to && a.query === b.query);
}

/**
 * A trigger character typed at a word start opens a menu of choices for the text after it. Each
 * transaction looks only at a few dozen characters before the cursor, so typing stays cheap.
 * Escape dismisses the menu and leaves the text as typed.
 */
export function createInlineTrigger(options: InlineTriggerOptions): Plugin<TriggerState> {
  const char = escapeForRegExp(options.char);
  const word = `[^\\s${char}\\ufffc]`;
  const pattern = new RegExp(`(^|\\s)${char}(${word}*(?: ${word}+){0,${options.maxWords - 1}} ?)$`);
  return new Plugin<TriggerState>({
    key: options.key,
    state: {
      init: () => inactive,
      apply: (tr: Transaction, previous, _oldState, newState) => {
        const dismiss = tr.getMeta(options.key) as 'dismiss' | undefined;
        if (!tr.docChanged && !tr.selectionSet && !dismiss) return previous;
        const match = findMatch(newState, options, pattern);
        if (!match) return previous === inactive ? previous : inactive;
        const dismissedFrom = dismiss ? match.from : previous.dismissedFrom === null ? null : tr.mapping.map(previous.dismissedFrom);
        if (dismissedFrom === match.from) return { match: null, dismissedFrom };
        if (sameMatch(previous.match, match) && previous.dismissedFrom === null) return previous;
        return { match, dismissedFrom: null };
      },
    },
    props: {
      handleKeyDown: (view, event) => {
        const state = options.key.getState(view.state);
        if (!state?.match || !options.controller.onKeyDown) return false;
        if (event.key === 'Escape') {
          view.dispatch(view.state.tr.setMeta(options.key, 'dismiss'));
          return true;
        }
        return options.controller.onKeyDown(event);
      },
    },
  });
}
