import type { Download, Locator, Page } from 'playwright-core';

/** The secretary's Justering panel on an open meeting. */
export class JusteringPanelPage {
  constructor(readonly page: Page) {}

  /** Opens the panel from the meeting bar (it is open already on frozen minutes). */
  static async open(page: Page): Promise<JusteringPanelPage> {
    const panel = new JusteringPanelPage(page);
    if (!(await panel.root.isVisible())) await page.getByRole('button', { name: 'Justering', exact: true }).click();
    await panel.root.waitFor();
    return panel;
  }

  get root(): Locator {
    return this.page.getByRole('complementary', { name: 'Justering' });
  }

  get state(): Locator {
    return this.root.locator('h2 .state-badge');
  }

  /** Chooses a certificate (by the name it was issued to) and types its password. */
  async signWith(subject: string, password: string): Promise<void> {
    const select = this.root.getByLabel('Signera PDF:en med');
    const value = await select.locator('option', { hasText: subject }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await this.root.getByLabel('Certifikatets lösenord').fill(password);
  }

  async send(): Promise<void> {
    await this.root.getByRole('button', { name: 'Skicka för justering' }).click();
    await this.page.getByText('Protokollet är låst för justering').waitFor();
  }

  /** "Exportera granskningsfil", saved where the user would keep it. */
  async exportReviewFile(saveTo: string): Promise<string> {
    return this.download(this.root.getByRole('button', { name: 'Exportera granskningsfil' }), saveTo);
  }

  /** "Läs in svarsfil"; returns the message the panel shows about it (a new one each time). */
  async importAnswer(path: string): Promise<string> {
    const message = this.root.locator('p[role=status], p[role=alert]').filter({ hasText: /Svar från|Filen|redan/ });
    // React keeps the message element between reads, so wait for the rendered text to be replaced.
    await this.root.evaluate((root) => {
      root.querySelectorAll('p[role=status], p[role=alert]').forEach((element) => (element.textContent = ''));
    });
    await this.root.getByText('Läs in svarsfil').locator('input[type=file]').setInputFiles(path);
    await message.first().waitFor();
    return (await message.first().textContent()) ?? '';
  }

  /** "Justera här": someone approving on this computer, signing with a certificate. */
  async approveHere(name: string, role: string): Promise<void> {
    await this.root.getByLabel('Namn', { exact: true }).fill(name);
    await this.root.getByLabel(/^Roll/).selectOption({ label: role });
    await this.root.getByRole('button', { name: 'Justera här' }).click();
  }

  /** "Ny revision …" with a reason; returns the warning the panel showed. */
  async newRevision(reason: string): Promise<string> {
    await this.root.getByRole('button', { name: 'Ny revision …' }).click();
    const warning = (await this.root.locator('.new-revision [role=alert]').textContent()) ?? '';
    await this.root.getByLabel('Skäl till ändringen').fill(reason);
    await this.root.getByRole('button', { name: 'Öppna för ändring' }).click();
    await this.page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    return warning;
  }

  async downloadSignedPdf(saveTo: string): Promise<string> {
    return this.download(this.root.getByRole('button', { name: /Hämta signerad PDF/ }), saveTo);
  }

  private async download(button: Locator, saveTo: string): Promise<string> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = `${saveTo}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    return path;
  }
}
