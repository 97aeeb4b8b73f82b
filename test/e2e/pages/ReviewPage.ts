import type { Download, Locator, Page } from 'playwright-core';

/** The justerare's screen for a review file: the minutes read-only, comments per §, "Justera". */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Opens a review file from the meeting list ("Öppna granskningsfil"). */
  static async openFile(page: Page, path: string): Promise<ReviewPage> {
    await page.getByText('Öppna granskningsfil').locator('input[type=file]').setInputFiles(path);
    await page.getByRole('heading', { level: 1, name: /^Granskning:/ }).waitFor();
    return new ReviewPage(page);
  }

  item(label: string): Locator {
    return this.page.locator('aside.justering').getByRole('region', { name: label, exact: true });
  }

  /** A comment with a new wording for the first paragraph of a §. */
  async suggest(itemLabel: string, comment: string, wording: string): Promise<void> {
    const item = this.item(itemLabel);
    await item.getByLabel('Kommentar', { exact: true }).fill(comment);
    await item.getByLabel('Föreslå ny formulering för').selectOption({ index: 1 });
    await item.getByLabel(/^Ny formulering/).fill(wording);
    await item.getByRole('button', { name: 'Lägg till' }).click();
    await item.getByText(wording, { exact: true }).waitFor();
  }

  /** Approves, signing with a certificate, and saves the answer file. */
  async approve(subject: string, password: string, saveTo: string): Promise<string> {
    const select = this.page.getByLabel('Signera PDF:en med');
    const value = await select.locator('option', { hasText: subject }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await this.page.getByLabel('Certifikatets lösenord').fill(password);
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Justera och skriv svarsfil' }).click(),
    ]);
    const path = `${saveTo}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    await this.page.getByText(/^Besvarad/).waitFor();
    return path;
  }
}
