import type { Editor } from '@tiptap/core';
import type { Motion } from '../../../../shared/document/nodes/vote';
import { newNodeId } from '../../../../shared/document/nodes/uniqueIds';
import { useI18n } from '../../../app/i18n';
import { PersonPicker } from '../../fields/PersonPicker';
import { editorUndoKeys } from '../../fields/editorUndoKeys';

/** The yrkanden: who moved what, in the order they were made. */
export function MotionList(props: { editor: Editor; motions: Motion[]; onChange: (motions: Motion[]) => void }) {
  const { t } = useI18n();
  const { motions } = props;
  const change = (key: string, update: Partial<Motion>) => props.onChange(motions.map((motion) => (motion.key === key ? { ...motion, ...update } : motion)));
  return (
    <div className="motions" role="group" aria-label={t('vote.motions')}>
      <ol className="motion-list">
        {motions.map((motion, index) => (
          <li key={motion.key} className="motion-row">
            <span className="motion-letter" aria-hidden="true">
              {String.fromCharCode(65 + index)}
            </span>
            <PersonPicker
              editor={props.editor}
              label={t('vote.moverOf', { number: String(index + 1) })}
              value={motion.mover.name ? motion.mover : null}
              placeholder={t('vote.mover')}
              focusFirst={index === 0}
              onPick={(mover) => change(motion.key, { mover })}
            />
            <span className="motion-verb">{t('vote.moves')}</span>
            <input
              className="motion-text"
              aria-label={t('vote.motionText', { number: String(index + 1) })}
              value={motion.text}
              maxLength={2000}
              placeholder={t('vote.motionPlaceholder')}
              onKeyDown={editorUndoKeys(props.editor)}
              onChange={(event) => change(motion.key, { text: event.target.value })}
            />
            <button type="button" className="chip-remove" aria-label={t('vote.removeMotion', { number: String(index + 1) })} onClick={() => props.onChange(motions.filter((other) => other.key !== motion.key))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="link"
        disabled={motions.length >= 20}
        onClick={() => props.onChange([...motions, { key: newNodeId(), mover: { personId: null, name: '' }, text: '' }])}
      >
        {t('vote.addMotion')}
      </button>
    </div>
  );
}
