import { dateErrorText } from '../../dates/dateErrorText';
import { dateFieldText, readDate } from '../../dates/readDate';
import type { Translate } from '../../context/meetingContext';
import type { YearChoice } from '../../../../shared/domain/swedishDates';
import { element } from './element';

/** What a date field needs from its node view. */
export interface DateFieldOptions {
  label: string;
  year: YearChoice;
  now: () => Date;
  translate: () => Translate;
  /** Stores a date that was read (YYYY-MM-DD, or '' when the field was emptied). */
  commit: (isoDate: string) => void;
  /** Gives the keyboard back to the text (Enter, Escape). */
  leave: () => void;
}

/**
 * A date typed the Swedish way in a plain DOM view: read on Enter or when the field is left;
 * a date that does not exist keeps what was typed and says why, right beside the field.
 */
export class DateField {
  readonly dom: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly message: HTMLElement;
  private stored = '';

  constructor(private readonly options: DateFieldOptions) {
    this.input = element('input', { className: 'date-field-input', attrs: { 'aria-label': options.label, size: '14', spellcheck: 'false' } });
    this.message = element('span', { className: 'field-error', attrs: { role: 'alert' } });
    this.message.hidden = true;
    this.dom = element('span', { className: 'date-field' }, [this.input, this.message]);
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('blur', () => this.read());
  }

  /** Shows a stored date, unless the person is typing in the field. */
  show(isoDate: string): void {
    this.stored = isoDate;
    if (document.activeElement === this.input || this.input.getAttribute('aria-invalid') === 'true') return;
    this.input.value = dateFieldText(isoDate);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.read()) this.options.leave();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.setError(null);
      this.input.value = dateFieldText(this.stored);
      this.options.leave();
    }
  }

  /** Reads the field; true when it held a date (or nothing). */
  private read(): boolean {
    const text = this.input.value.trim();
    if (text === '') {
      this.setError(null);
      if (this.stored !== '') this.options.commit('');
      return true;
    }
    const result = readDate(text, this.options.now(), this.options.year);
    if (!result.ok) {
      this.setError(dateErrorText(result, this.options.translate()));
      return false;
    }
    this.setError(null);
    this.input.value = dateFieldText(result.date);
    if (result.date !== this.stored) this.options.commit(result.date);
    return true;
  }

  private setError(text: string | null): void {
    this.message.textContent = text ?? '';
    this.message.hidden = text === null;
    this.input.setAttribute('aria-invalid', text === null ? 'false' : 'true');
  }
}
