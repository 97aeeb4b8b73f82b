import type { Editor } from '@tiptap/core';
import { todayIso } from '../../../shared/domain/dates';
import type { MessageKey } from '../../../shared/i18n/sv';
import { meetingContext } from '../context/meetingContext';
import { readOutline } from '../outline/meetingOutline';
import { removeEmptyParagraphAtCursor } from './entryPosition';
import { focusNodeViewField } from './focusField';
import { openPreparation } from '../preparation/preparationWidgets';

/** A command a person can give from the keyboard: by its shortcut, from the palette, or as /word. */
export interface MinutesCommand {
  id: string;
  label: MessageKey;
  /** The key in TipTap's notation ("Mod-Shift-b"), bound from this list; none for palette-only commands. */
  shortcut?: string;
  /** Bound by the text formatting extensions rather than by this list; shown in the palette all the same. */
  builtinShortcut?: boolean;
  /** The words that find it after "/" (Swedish, as the secretary thinks of it). */
  slash: string[];
  /** Whether it is offered as a slash command (formatting and undo are not). */
  inSlashMenu: boolean;
  /** From the slash menu it works on the line "/word" was typed on, so an emptied line stays (a list starts there). */
  keepsLine?: boolean;
  run: (editor: Editor) => boolean;
}

/** Focuses the first field of the atom node that a command just selected. */
function focusSelectedNode(editor: Editor): void {
  focusNodeViewField(editor, editor.state.selection.from);
}

function clockTime(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** Puts the keyboard in the attendance list; minutes made before it existed get an empty one first. */
function focusAttendance(editor: Editor): boolean {
  const at = editor.state.doc.firstChild!.nodeSize;
  if (!readOutline(editor).attendance) {
    editor.view.dispatch(editor.state.tr.insert(at, editor.schema.nodes.attendance!.create()));
  }
  focusNodeViewField(editor, at);
  return true;
}

function setClock(editor: Editor, which: 'open' | 'close'): boolean {
  const now = meetingContext(editor).now();
  return editor.chain().focus().setMeetingClock(which, clockTime(now), todayIso(now)).run();
}

/** Runs a command, unless the minutes are locked (sent for justering): then nothing may change them. */
export function runCommand(editor: Editor, command: MinutesCommand): boolean {
  if (!editor.isEditable) return false;
  return command.run(editor);
}

/** Runs a command from the slash menu: the "/word" text goes first, and an emptied line with it unless the command works on that line. */
export function runFromSlash(editor: Editor, command: MinutesCommand, range: { from: number; to: number }): boolean {
  if (!editor.isEditable) return false;
  editor
    .chain()
    .focus()
    .deleteRange(range)
    .command(({ tr }) => {
      if (!command.keepsLine) removeEmptyParagraphAtCursor(tr);
      return true;
    })
    .run();
  return command.run(editor);
}

/** Every command of the editor, in the order the palette lists them. */
export const minutesCommandList: MinutesCommand[] = [
  { id: 'newItem', label: 'command.newItem', shortcut: 'Mod-Enter', slash: ['paragraf', 'ny paragraf', '§'], inSlashMenu: true, keepsLine: true, run: (editor) => editor.chain().focus().insertAgendaItem().run() },
  { id: 'decision', label: 'command.decision', shortcut: 'Mod-Shift-b', slash: ['beslut'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertDecision().run() },
  { id: 'assignment', label: 'command.assignment', shortcut: 'Alt-Shift-u', slash: ['uppdrag'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertAssignment().run() },
  {
    id: 'vote',
    label: 'command.vote',
    shortcut: 'Alt-Shift-v',
    slash: ['votering', 'omröstning', 'yrkande'],
    inSlashMenu: true,
    run: (editor) => {
      if (!editor.chain().focus().insertVote().run()) return false;
      focusSelectedNode(editor);
      return true;
    },
  },
  { id: 'reservation', label: 'command.reservation', shortcut: 'Alt-Shift-r', slash: ['reservation'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertStatement('reservation').run() },
  { id: 'protocolNote', label: 'command.protocolNote', shortcut: 'Alt-Shift-a', slash: ['anteckning', 'protokollsanteckning'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertStatement('protocolNote').run() },
  { id: 'tabling', label: 'command.tabling', shortcut: 'Alt-Shift-b', slash: ['bordläggning', 'bordlägg'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertDeferral('bordläggning').run() },
  { id: 'referral', label: 'command.referral', shortcut: 'Alt-Shift-t', slash: ['återremiss', 'återremittera'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertDeferral('återremiss').run() },
  { id: 'attachment', label: 'command.attachment', shortcut: 'Alt-Shift-i', slash: ['bilaga'], inSlashMenu: true, run: (editor) => editor.chain().focus().insertAttachment().run() },
  {
    id: 'nextMeeting',
    label: 'command.nextMeeting',
    shortcut: 'Alt-Shift-n',
    slash: ['nästa möte'],
    inSlashMenu: true,
    run: (editor) => {
      if (!editor.chain().focus().insertNextMeeting().run()) return false;
      focusSelectedNode(editor);
      return true;
    },
  },
  { id: 'preparation', label: 'command.preparation', shortcut: 'Alt-Shift-p', slash: ['förberedelse', 'föredragande', 'beslutsunderlag', 'förslag till beslut'], inSlashMenu: true, run: openPreparation },
  { id: 'attendance', label: 'command.attendance', slash: ['närvaro', 'jäv', 'justerare', 'roller'], inSlashMenu: true, run: focusAttendance },
  { id: 'immediateAdjustment', label: 'command.immediateAdjustment', slash: ['omedelbar justering', 'justeras omedelbart'], inSlashMenu: true, run: (editor) => editor.chain().focus().toggleImmediateAdjustment().run() },
  { id: 'moveUp', label: 'command.moveUp', shortcut: 'Alt-Shift-ArrowUp', slash: ['flytta upp'], inSlashMenu: true, run: (editor) => editor.chain().focus().moveAgendaItem('up').run() },
  { id: 'moveDown', label: 'command.moveDown', shortcut: 'Alt-Shift-ArrowDown', slash: ['flytta ned', 'flytta ner'], inSlashMenu: true, run: (editor) => editor.chain().focus().moveAgendaItem('down').run() },
  { id: 'openMeeting', label: 'command.openMeeting', slash: ['öppna mötet'], inSlashMenu: true, run: (editor) => setClock(editor, 'open') },
  { id: 'closeMeeting', label: 'command.closeMeeting', slash: ['avsluta mötet'], inSlashMenu: true, run: (editor) => setClock(editor, 'close') },
  { id: 'bold', label: 'editor.bold', shortcut: 'Mod-b', builtinShortcut: true, slash: [], inSlashMenu: false, run: (editor) => editor.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'editor.italic', shortcut: 'Mod-i', builtinShortcut: true, slash: [], inSlashMenu: false, run: (editor) => editor.chain().focus().toggleItalic().run() },
  { id: 'bulletList', label: 'editor.bulletList', shortcut: 'Mod-Shift-8', builtinShortcut: true, slash: ['punktlista', 'lista'], inSlashMenu: true, keepsLine: true, run: (editor) => editor.chain().focus().toggleBulletList().run() },
  { id: 'undo', label: 'editor.undo', shortcut: 'Mod-z', builtinShortcut: true, slash: [], inSlashMenu: false, run: (editor) => editor.chain().focus().undo().run() },
  { id: 'redo', label: 'editor.redo', shortcut: 'Mod-Shift-z', builtinShortcut: true, slash: [], inSlashMenu: false, run: (editor) => editor.chain().focus().redo().run() },
];

/** The palette shortcut; the palette itself is not a command in the list it shows. */
export const paletteShortcut = 'Mod-k';

/** A shortcut as people read it: "Mod-Shift-b" → "Ctrl+Shift+B". */
export function shortcutText(shortcut: string): string {
  const names: Record<string, string> = { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' };
  return shortcut
    .split('-')
    .map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** The slash commands whose words begin with the query (any word of them), in list order. */
export function matchSlashCommands(commands: MinutesCommand[], query: string, label: (command: MinutesCommand) => string): MinutesCommand[] {
  const wanted = query.trim().toLocaleLowerCase('sv');
  return commands.filter((command) => {
    if (!command.inSlashMenu) return false;
    if (wanted === '') return true;
    const words = [...command.slash, label(command).toLocaleLowerCase('sv')];
    return words.some((word) => word.startsWith(wanted) || word.split(' ').some((part) => part.startsWith(wanted)));
  });
}
