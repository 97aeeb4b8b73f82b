// `node test/bench/exportBench.mjs` (after `npm run build`): export figures for the 200-§ meeting of
// the main bench. DOCX and signed PDF/A export through the preview's bridge, as the app asks for
// them, beside LibreOffice converting that same DOCX to PDF in the same run, as a ratio. Prints a
// table and writes test/bench/results/export.json. `npm run bench` runs it after the main bench.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { textOf } from './minutesDocument.mjs';
import { call, createLongMeeting, repoRoot, startPreview } from './preview.mjs';
import { summarize, table } from './stats.mjs';

const config = { items: 200, documentSeed: 2026, runs: 5, libreOfficeRuns: 3 };

function log(message) {
  console.error(`[export-bench] ${message}`);
}

async function timed(run) {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'paragraf-export-bench-'));
  const preview = await startPreview(join(work, 'data'));
  try {
    const meeting = await createLongMeeting(preview, { title: 'Årsstämma 2026 (bench)', items: config.items, seed: config.documentSeed });
    const characters = textOf(meeting.document).length;
    log(`meeting with ${config.items} §, ${characters} characters`);
    const password = 'bench-lösenord-2026';
    const certificate = await call(preview, 'certificates.create', { name: 'Åsa Öberg', organisation: 'Föreningen Ängsö', email: '', password, years: 1 });
    const docxTimes = [];
    const pdfTimes = [];
    let docx;
    let pdf;
    // One warm-up of each, not counted: the first call loads fonts and compiles code paths.
    for (let run = 0; run <= config.runs; run += 1) {
      const word = await timed(() => call(preview, 'exports.meeting', { meetingId: meeting.meetingId, format: 'docx', document: 'protokoll' }));
      const signed = await timed(() =>
        call(preview, 'exports.meeting', {
          meetingId: meeting.meetingId,
          format: 'pdf',
          document: 'protokoll',
          signature: { certificateId: certificate.id, password, role: 'sekreterare' },
        }),
      );
      if (run === 0) continue;
      docxTimes.push(word.ms);
      pdfTimes.push(signed.ms);
      docx = word.value;
      pdf = signed.value;
    }
    const docxPath = join(work, 'protokoll.docx');
    writeFileSync(docxPath, Buffer.from(docx.base64, 'base64'));
    const pdfPath = join(work, 'protokoll.pdf');
    writeFileSync(pdfPath, Buffer.from(pdf.base64, 'base64'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    const verified = await call(preview, 'signatures.verify', { pdfBase64: pdf.base64 });
    const profile = `file://${join(work, 'lo-profile')}`;
    const convert = () =>
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), docxPath], { stdio: 'ignore' });
    mkdirSync(join(work, 'lo'));
    // A first conversion creates LibreOffice's profile; like the exports' warm-up, it is not counted.
    convert();
    const libreOfficeTimes = [];
    for (let run = 0; run < config.libreOfficeRuns; run += 1) libreOfficeTimes.push((await timed(async () => convert())).ms);
    const libreOfficePages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(work, 'lo', 'protokoll.pdf')], { encoding: 'utf8' }))?.[1]);
    const figures = {
      at: new Date().toISOString(),
      node: process.version,
      meeting: { items: config.items, characters, pdfPages: pages, libreOfficePages },
      docxExportMs: summarize(docxTimes),
      signedPdfExportMs: summarize(pdfTimes),
      libreOfficeDocxToPdfMs: summarize(libreOfficeTimes),
      signatureValid: verified.valid,
      bytes: { docx: docx.byteLength, signedPdf: pdf.byteLength },
    };
    // How many times longer LibreOffice takes to convert the DOCX than Paragraf takes to export.
    const times = (ms) => (figures.libreOfficeDocxToPdfMs.p50 / ms).toFixed(1);
    figures.libreOfficeToDocxRatio = Number(times(figures.docxExportMs.p50));
    figures.libreOfficeToSignedPdfRatio = Number(times(figures.signedPdfExportMs.p50));
    console.log(
      table(
        ['what (200 §)', 'p50 ms', 'max ms', 'runs', 'LibreOffice ÷ this'],
        [
          ['DOCX export', figures.docxExportMs.p50, figures.docxExportMs.max, figures.docxExportMs.n, times(figures.docxExportMs.p50)],
          ['signed PDF/A export', figures.signedPdfExportMs.p50, figures.signedPdfExportMs.max, figures.signedPdfExportMs.n, times(figures.signedPdfExportMs.p50)],
          ['LibreOffice DOCX → PDF', figures.libreOfficeDocxToPdfMs.p50, figures.libreOfficeDocxToPdfMs.max, figures.libreOfficeDocxToPdfMs.n, '1.0'],
        ],
      ),
    );
    console.log(`PDF ${pages} pages (LibreOffice: ${libreOfficePages}), signature valid: ${verified.valid}`);
    mkdirSync(join(repoRoot, 'test', 'bench', 'results'), { recursive: true });
    writeFileSync(join(repoRoot, 'test', 'bench', 'results', 'export.json'), `${JSON.stringify(figures, null, 2)}\n`);
    return figures;
  } finally {
    await preview.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
