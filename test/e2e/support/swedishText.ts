/** A small seeded PRNG (mulberry32), so generated text is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = [
  'Styrelsen diskuterade föreningens ekonomi och konstaterade att kostnaderna för lokalen har ökat.',
  'Kassören redogjorde för resultatet efter tredje kvartalet, som är något bättre än budgeterat.',
  'Ordföranden informerade om kontakterna med kommunen angående bidraget till ungdomsverksamheten.',
  'Frågan om nya medlemsavgifter bordlades till nästa möte i väntan på ett fullständigt underlag.',
  'Valberedningen har påbörjat sitt arbete och återkommer med förslag före årsmötet i mars.',
  'Det noterades att städdagen i maj samlade ett trettiotal medlemmar och att rabatterna nu är åtgärdade.',
  'Sekreteraren påminde om att protokollen ska justeras inom två veckor och därefter anslås.',
  'En skrivelse från en medlem om parkeringen vid föreningsgården har inkommit och besvaras skriftligen.',
  'Styrelsen tackade Göran Öst för ett förtjänstfullt arbete med föreningens hemsida under året.',
  'Arbetsgruppen för jubileet föreslår en fest i augusti med underhållning, mat och utställning.',
];

/**
 * Plain text of at least `minBytes` UTF-8 bytes: Swedish minutes-like lines, with an empty line
 * between paragraphs now and then. It never ends with a line break.
 */
export function generatePlainText(minBytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  let bytes = 0;
  let number = 0;
  while (bytes < minBytes) {
    const count = 1 + Math.floor(random() * 4);
    const parts: string[] = [];
    for (let index = 0; index < count; index += 1) parts.push(sentences[Math.floor(random() * sentences.length)]!);
    number += 1;
    const line = `${number}. ${parts.join(' ')}`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
    if (random() < 0.2) lines.push('');
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
