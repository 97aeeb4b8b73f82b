import { useCallback, useEffect, useState } from 'react';
import type { JusteringStatus } from '../../../shared/contract/justering';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import type { FormMessageValue } from '../../app/FormMessage';

/** A meeting's justering status, and a way to run an action that returns the new one. */
export function useJustering(meetingId: string) {
  const api = useApi();
  const { t } = useI18n();
  const [status, setStatus] = useState<JusteringStatus | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  const reload = useCallback(() => {
    api.justering.status({ meetingId }).then(setStatus, (error: unknown) => setMessage({ error: true, text: errorText(t, error) }));
  }, [api, meetingId, t]);

  useEffect(reload, [reload]);

  const run = useCallback(
    async (action: () => Promise<JusteringStatus | void>, success?: string): Promise<boolean> => {
      setMessage(null);
      try {
        const next = await action();
        if (next) setStatus(next);
        else reload();
        if (success) setMessage({ error: false, text: success });
        return true;
      } catch (error) {
        setMessage({ error: true, text: errorText(t, error) });
        return false;
      }
    },
    [reload, t],
  );

  return { status, message, setMessage, run, reload };
}
