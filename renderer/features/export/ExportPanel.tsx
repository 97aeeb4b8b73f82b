import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CertificateInfo, ExportDocument, ExportFormat } from '../../../shared/contract/exportModels';
import { exportDocuments } from '../../../shared/contract/exportModels';
import { agendaItemTexts } from '../../../shared/document/documentText';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useDismiss } from '../../app/useDismiss';
import { useI18n } from '../../app/i18n';
import { downloadFile } from './fileBytes';
import { SignatureFields, type SignatureChoice } from './SignatureFields';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

interface ItemChoice {
  id: string;
  label: string;
}

/**
 * "Exportera" on the meeting screen: the minutes, the kallelse or an extract of chosen §, as
 * Word or archival PDF, signed if the secretary wants. What is typed is saved first.
 */
export function ExportPanel({ meetingId, beforeExport }: { meetingId: string; beforeExport: () => Promise<void> }) {
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [documentKind, setDocumentKind] = useState<ExportDocument>('protokoll');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [items, setItems] = useState<ItemChoice[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [certificates, setCertificates] = useState<CertificateInfo[]>([]);
  const [sign, setSign] = useState(false);
  const [signature, setSignature] = useState<SignatureChoice>({ certificateId: '', password: '', role: 'sekreterare' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // While an export runs, a click elsewhere leaves the panel open, so its outcome is seen.
  useDismiss(open, menu, button, () => setOpen(false), { outside: !busy });

  // Opened by keyboard or mouse, the focus goes to the panel's first choice.
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    void (async () => {
      await beforeExport();
      const [opened, stored] = await Promise.all([api.meetings.open({ id: meetingId }), api.certificates.list({})]);
      if (cancelled) return;
      setItems(agendaItemTexts(opened.document).map((item, index) => ({ id: item.id, label: `§ ${opened.firstParagraphNumber + index} ${item.title}` })));
      setCertificates(stored);
      setSignature((current) => ({ ...current, certificateId: current.certificateId || stored[0]?.id || '' }));
    })().catch((error: unknown) => !cancelled && setMessage({ error: true, text: errorText(t, error) }));
    return () => {
      cancelled = true;
    };
    // t changes with the language only; reloading the lists for that is not wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, meetingId, open]);

  const signing = sign && format === 'pdf' && certificates.length > 0;
  const ready = !busy && (documentKind !== 'utdrag' || chosen.length > 0) && (!signing || (signature.certificateId !== '' && signature.password !== ''));

  async function run(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await beforeExport();
      const file = await api.exports.meeting({
        meetingId,
        format,
        document: documentKind,
        itemIds: documentKind === 'utdrag' ? items.filter((item) => chosen.includes(item.id)).map((item) => item.id) : undefined,
        signature: signing ? signature : undefined,
      });
      downloadFile(file);
      setMessage({ error: false, text: t('export.done', { file: file.fileName }) });
      setSignature((current) => ({ ...current, password: '' }));
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu" ref={menu}>
      <button type="button" ref={button} aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {t('export.open')}
      </button>
      {open && (
        <form className="export-panel" ref={form} role="dialog" aria-label={t('export.heading')} onSubmit={run}>
          <fieldset>
            <legend>{t('export.document')}</legend>
            {exportDocuments.map((kind) => (
              <label key={kind}>
                <input type="radio" name="export-document" checked={documentKind === kind} onChange={() => setDocumentKind(kind)} />
                {t(`export.document.${kind}`)}
              </label>
            ))}
          </fieldset>
          {documentKind === 'utdrag' && (
            <fieldset className="export-items">
              <legend>{t('export.items')}</legend>
              <p className="hint">{t('export.itemsHint')}</p>
              {items.map((item) => (
                <label key={item.id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(item.id)}
                    onChange={(event) => setChosen((current) => (event.target.checked ? [...current, item.id] : current.filter((id) => id !== item.id)))}
                  />
                  {item.label}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('export.format')}</legend>
            {(['pdf', 'docx'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name="export-format" checked={format === kind} onChange={() => setFormat(kind)} />
                {t(`export.format.${kind}`)}
              </label>
            ))}
          </fieldset>
          {format === 'pdf' && (
            <fieldset>
              <label>
                <input type="checkbox" checked={sign} onChange={(event) => setSign(event.target.checked)} />
                {t('export.sign')}
              </label>
              {sign && certificates.length === 0 && (
                <p className="hint">
                  <a href="#/certificates">{t('export.noCertificates')}</a>
                </p>
              )}
              {signing && <SignatureFields certificates={certificates} value={signature} onChange={setSignature} />}
            </fieldset>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={!ready}>
              {busy ? t('export.running') : t('export.run')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('export.close')}
            </button>
          </div>
          <FormMessage message={message} />
        </form>
      )}
    </div>
  );
}
