/** What a form or panel says after an action: a confirmation, or what went wrong. */
export interface FormMessageValue {
  error: boolean;
  text: string;
}

/**
 * The message under a form: a polite status when it went well, an alert when it did not; nothing
 * when there is none. `as="span"` keeps it on the line of the button it follows.
 */
export function FormMessage({ message, as: Tag = 'p' }: { message: FormMessageValue | null; as?: 'p' | 'span' }) {
  if (!message) return null;
  return (
    <Tag role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'ok'}>
      {message.text}
    </Tag>
  );
}
