import { useId } from 'react';
import { useI18n } from './i18n';

/**
 * A file to choose, in the app's language: its label, a "Välj fil …" button and the name of the
 * file chosen. (The browser's own file field speaks the browser's language, not the app's.)
 */
export function FileField({ label, accept, file, onChange }: { label: string; accept: string; file: File | null; onChange: (file: File | null) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="file-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <span className="file-field-row">
        <span className="file-button">
          {t('file.choose')}
          <input id={`${id}-input`} type="file" accept={accept} aria-describedby={`${id}-name`} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
        </span>
        <span id={`${id}-name`} className="file-name">
          {file ? file.name : t('file.none')}
        </span>
      </span>
    </div>
  );
}
