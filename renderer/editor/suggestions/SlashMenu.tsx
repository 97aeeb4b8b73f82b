import type { Editor } from '@tiptap/core';
import { useI18n } from '../../app/i18n';
import { matchSlashCommands, minutesCommandList, runFromSlash, shortcutText, type MinutesCommand } from '../commands/commandList';
import { slashTriggerKey } from './slashTrigger';
import { SuggestionPopup } from './SuggestionPopup';
import { useTriggerMatch } from './useTriggerMatch';

/** The menu "/" opens at the cursor: the commands whose words begin with what follows the slash. */
export function SlashMenu({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const match = useTriggerMatch(editor, slashTriggerKey);
  if (!match) return null;
  const items = matchSlashCommands(minutesCommandList, match.query, (command) => t(command.label));
  return (
    <SuggestionPopup<MinutesCommand>
      editor={editor}
      match={match}
      controller={editor.storage.slashTrigger.controller}
      label={t('slash.label')}
      items={items}
      itemKey={(command) => command.id}
      render={(command) => (
        <>
          <span className="completion-name">{t(command.label)}</span>
          <span className="completion-detail">{command.shortcut ? shortcutText(command.shortcut) : `/${command.slash[0] ?? ''}`}</span>
        </>
      )}
      onChoose={(command) => runFromSlash(editor, command, match)}
    />
  );
}
