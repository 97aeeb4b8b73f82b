import { afterEach, describe, expect, it } from 'vitest';
import type { Attendee, RoleAssignment } from '../../../shared/document/nodes/attendance';
import type { DocNodeJson } from '../../../shared/document/types';
import { AttendancePage } from '../pages/AttendancePage';
import { MeetingListPage } from '../pages/MeetingListPage';
import type { MeetingEditorPage } from '../pages/MeetingEditorPage';
import { Cleanup } from '../support/cleanup';
import { readExample } from '../support/examples';
import { agendaItemsOf, readStoredMinutes, textOf } from '../support/minutesDatabase';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The Protokoll of the Specifikt samverkansråd, Region Örebro län: 13 numbered items. */
const exampleFile = '003_00fefae83717d30e.txt';

/**
 * The 13 items as the minutes title them, each with the words that begin it in the example's OCR
 * text (OCR errors and all: they find the item in the file, they are not typed).
 */
const items = [
  { title: 'Mötet öppnades', source: 'Motet 6ppnades' },
  { title: 'Justerare utöver Irén Lejegren', source: 'Justerare utdver Irén Lejegren' },
  { title: 'Dagordningen godkändes', source: 'Dagordningen godkadndes' },
  {
    title: 'Aktuell lägesrapport från de närvarande ledamöterna angående hur respektive kommun arbetar med regionala överenskommelser och avtal',
    source: 'Aktuell lagesrapport fran de narvarande ledamoterna',
  },
  {
    title: 'Uppföljning av närvaron på möten i Specifika samverkansrådet för skola, utbildning och kompetensförsörjning',
    source: 'Uppfoljning av ndrvaron pa moéten i Specifika samverkansradet',
  },
  {
    title: 'Genomgång av Uppföljning 2019 och VP 2020 för Specifika samverkansrådet för skola, utbildning och kompetensförsörjning',
    source: 'Genomgang av Uppfdljning 2019 och VP 2020',
  },
  {
    title: 'Förslag till uppdrag att revidera ”Överenskommelse om samverkansorganisationer” gällande frågor kopplade till regionala handlingsplanen för kompetensförsörjning',
    source: 'Forslag till uppdrag att revidera',
  },
  {
    title: 'Information om GySam (Gymnasiesamverkan) om ett regiongemensamt inköp av ett digitalt system',
    source: 'Information om GySam (Gymnasiesamverkan)',
  },
  { title: 'Information om Valideringsdelegationens slutbetänkande samt nuläget i Örebro län', source: 'Information om Valideringsdelegationens slutbetankande' },
  { title: '”Skolresultaten i länet har förbättrats” – ett uppdrag från KC/RD', source: '”Skolresultaten i lanet har forbattrats” ar ett uppdrag' },
  { title: 'Övriga frågor', source: 'Ovriga fragor' },
  { title: 'Mötet avslutades', source: 'Motet avslutades' },
  { title: 'Nästa möte', source: 'Nasta mote' },
];

/** What the example says was decided, and where, as the OCR text has it. */
const decisionSources = ['Siw Lunander valdes till justerare', 'godkanner forfarandet', 'Det beslutas att ett tydliggdrande', 'staller sig bakom forslaget'];

/** Who the example names, and in which part of the attendance list they go. */
const members = ['Irén Lejegren', 'Siw Lunander', 'Lars Hultkrantz'];
const others = ['Eva Sund', 'Maria S Hallberg', 'Ewa Lindberg', 'Anna Elverskog'];

const place = 'Konferenslokal Nittälven, Eklundavägen 1 i Örebro';
const assignmentTask = 'ta med frågan om specialkost/önskekost till skolcheferna i Tjänstemannastödet';
const decisions: Record<number, string[]> = {
  2: ['välja Siw Lunander att jämte ordföranden justera dagens protokoll'],
  3: ['godkänna dagordningen'],
  4: ['godkänna att det uppdaterade gymnasiesamverkansavtalet skickas till skolcheferna för godkännande per e-post', 'svaren diarieförs'],
  5: ['genomföra ett tydliggörande av Specifika samverkansrådets roll'],
  7: ['ställa sig bakom förslaget att frågor gällande kompetensförsörjning kopplat till handlingsplanen flyttas till det Regionala samverkansrådet'],
};
const presenters: Record<number, string> = { 6: 'Maria S Hallberg och Eva Sund', 8: 'Eva Sund', 9: 'Maria S Hallberg', 10: 'Ewa Lindberg' };

/** Whitespace as one space, so a phrase the OCR broke over lines is found. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The next date with this month and day, today included: a date typed without a year means that one. */
function nextIsoDate(month: number, day: number, today = new Date()): string {
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const thisYear = new Date(today.getFullYear(), month - 1, day);
  const year = thisYear >= midnight ? today.getFullYear() : today.getFullYear() + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The blocks of § `n` (1-based) of a stored document, title first. */
function blocksOf(document: DocNodeJson, n: number): DocNodeJson[] {
  const item = (document.content ?? []).filter((node) => node.type === 'agendaItem')[n - 1];
  if (!item) throw new Error(`no § ${n}`);
  return item.content ?? [];
}

/** The § (1-based) of every node of a type, in document order. */
function itemsWith(document: DocNodeJson, type: string): number[] {
  return (document.content ?? [])
    .filter((node) => node.type === 'agendaItem')
    .flatMap((item, index) => (item.content ?? []).filter((block) => block.type === type).map(() => index + 1));
}

/** Types § 1 to § 13 of the example as the secretary would in the meeting: keys only, top to bottom. */
async function enterMinutes(minutes: MeetingEditorPage): Promise<void> {
  await minutes.tabIntoMinutes();

  // § 1: the meeting is opened, the clock started, and the attendance taken.
  await minutes.retitle(items[0]!.title);
  await minutes.leaveTitle();
  await minutes.write('Irén Lejegren hälsade alla välkomna.');
  await minutes.press('Enter');
  await minutes.slashCommand('öppna', 'Öppna mötet');
  await minutes.press('Enter');
  const attendance = await AttendancePage.openBySlash(minutes, 'närvaro');
  for (const name of members) await attendance.add(name, 'Ledamot');
  await attendance.setStatus('Lars Hultkrantz', 'Anmält förhinder');
  for (const name of others) await attendance.add(name, 'Övrig närvarande');
  await attendance.addRole('Mötesordförande', 'Irén Lejegren');
  await attendance.addRole('Sekreterare', 'Anna Elverskog');
  await attendance.leave();
  await minutes.expectCaretIn('paragraph');

  // § 2: the justerare, elected in the item, gets the role; the decision names her by @.
  await minutes.toNextTitle();
  await minutes.retitle(items[1]!.title);
  await minutes.leaveTitle();
  await minutes.write('Siw Lunander valdes till justerare.');
  await minutes.press('Enter');
  const roles = await AttendancePage.openBySlash(minutes, 'justerare');
  await roles.addRole('Justerare', 'Siw Lunander', { fromItem: '§ 2' });
  await roles.leave();
  await minutes.addDecision();
  await minutes.expectCaretIn('attClause');
  await minutes.write('välja ');
  await minutes.mention('Siw', 'Siw Lunander');
  await minutes.write(' att jämte ordföranden justera dagens protokoll');

  // § 3
  await minutes.toNextTitle();
  await minutes.retitle(items[2]!.title);
  await minutes.leaveTitle();
  await minutes.write('Dagordningen godkändes utan ändringar.');
  await minutes.writeDecision(decisions[3]!, { thenText: false });

  // § 4: running text, a list, an uppdrag with a deadline, and what the members approved.
  await minutes.toNextTitle();
  await minutes.retitle(items[3]!.title);
  await minutes.leaveTitle();
  await minutes.writeParagraphs([
    'Bakgrunden till detta är att Lars Hultkrantz, Karlskoga kommun, lyft att han sett brister i implementeringen av överenskommelser och avtal i både region och kommun.',
    'VVF är en samverkansportal för vård, välfärd och folkhälsa där alla dokument med riktlinjer och överenskommelser finns samlade.',
    'Deltagarna i dagens möte upplever inte att det finns problem kring detta i deras respektive kommuner.',
    'Förslag framkommer på gemensamma frågeställningar att diskutera och byta erfarenheter kring på framtida möten:',
  ]);
  await minutes.press('Enter');
  await minutes.slashCommand('punktlista', 'Punktlista');
  await minutes.expectCaretIn('listItem');
  await minutes.writeParagraphs(['Specialkost/önskekost', 'Integration på förskolor']);
  await minutes.press('Enter', 'Enter');
  await minutes.expectCaretIn('paragraph');
  await minutes.writeAssignment({ query: 'Ewa', who: 'Ewa Lindberg', task: assignmentTask, deadline: '31/3' });
  await minutes.write(
    'Eva Sund ställer en fråga om uppdatering av gymnasiesamverkansavtalet. Hon föreslår att det uppdaterade avtalet skickas till skolcheferna, som får godkänna det genom att svara ja i ett mail. Svaret kommer att diarieföras. Ledamöterna på dagens möte godkänner förfarandet.',
  );
  await minutes.writeDecision(decisions[4]!, { thenText: false });

  // § 5
  await minutes.toNextTitle();
  await minutes.retitle(items[4]!.title);
  await minutes.leaveTitle();
  await minutes.writeParagraphs([
    'En enkät har skickats till samtliga ledamöter i Specifika samverkansrådet om vad som kan underlätta närvaron på mötena. Fyra svar kom in och redovisas i bifogad PP.',
    'Samtliga förbättringsförslag går att genomföra eller har redan genomförts, förutom förslaget om arvoden. Det är kommunernas ansvar att informera nya ledamöter om uppdraget.',
    'Irén kommer att ringa runt till några av de ledamöter som är nya i Specifika samverkansrådet för att beskriva uppdraget.',
  ]);
  await minutes.writeDecision(decisions[5]!, { thenText: false });

  // § 6: two presenters and the presentation as an attachment.
  await minutes.toNextTitle();
  await minutes.retitle(items[5]!.title);
  await minutes.writePresenter(presenters[6]!);
  await minutes.leaveTitle();
  await minutes.write(
    'Maria och Eva har under hösten lyft frågan om VP 2020 i Tjänstemannastödet för skola, utbildning och kompetensförsörjning. Ledamöterna har också fått möjlighet till inspel under höstens möten.',
  );
  await minutes.press('Enter');
  await minutes.writeAttachment('Presentation (PP) Uppföljning 2019 och VP 2020');
  await minutes.write('Ett avslutat storregionalt projekt är #jagmed, vars mål var att minska skolavhopp. Laila Berglund bjuds in till nästa möte för att berätta mer om det.');

  // § 7
  await minutes.toNextTitle();
  await minutes.retitle(items[6]!.title);
  await minutes.leaveTitle();
  await minutes.write(
    'Förslag finns i VP 2020 om revidering samt organisatorisk översyn av överenskommelsen för samverkan. Irén har diskuterat frågan med Andreas Svan, ordförande i Regionala samverkansrådet.',
  );
  await minutes.writeDecision(decisions[7]!, { thenText: false });

  // § 8, then two new §§ after it (Ctrl+Enter) for what the template did not have.
  await minutes.toNextTitle();
  await minutes.retitle(items[7]!.title);
  await minutes.writePresenter(presenters[8]!);
  await minutes.leaveTitle();
  await minutes.writeParagraphs([
    'Det finns ett system för detta: IST. En arbetsgrupp inom GySam har arbetat för att köpa in systemet till hela länet. Nu har det visat sig att det finns ytterligare minst tre aktörer, och upphandlingen kommer därför att ta längre tid än beräknat.',
    'Karlskoga kommun projektleder arbetet.',
  ]);
  await minutes.press('Control+Enter');
  await minutes.retitle(items[8]!.title);
  await minutes.writePresenter(presenters[9]!);
  await minutes.leaveTitle();
  await minutes.writeParagraphs([
    'Delegationen har sett att validering inte står på egna ben utan måste hänga ihop med kompetensförsörjning. Nytt är att det föreslås en regional samordning av validering.',
    'Projektet ”Effektivare validering i Örebro län” tar slut den 28/2. Nya medel från Tillväxtverket finns fram till och med oktober för ett fortsättningsprojekt.',
  ]);
  await minutes.press('Control+Enter');
  await minutes.retitle(items[9]!.title);
  await minutes.writePresenter(presenters[10]!);
  await minutes.leaveTitle();
  await minutes.writeParagraphs([
    'Fyra kommunchefer och Regional utvecklings förvaltningsdirektör har bildat en grupp kring målet. En arbetsgrupp med fem skolchefer samt Ewa Lindberg och Anita T Ladinek från Region Örebro län har bildats.',
    'Genom aktivitetsplanen finns 100 000 kr/år i 3 år för detta arbete. Ewa Lindberg kommer att fortsätta att rapportera vad som händer i frågan.',
  ]);

  // § 11 keeps the template's title.
  await minutes.toNextTitle();
  await minutes.leaveTitle();
  await minutes.write(
    'Irén berättar att Urban Haglind, verksamhetsutvecklare för Regionalt utvecklingscentrum (RUC), fått Örebro universitets och Region Örebro läns stipendium för utveckling av samarbete.',
  );

  // The template ends "Nästa möte", "Mötets avslutande"; the example the other way round.
  await minutes.toNextTitle();
  await minutes.press('ArrowDown');
  await minutes.toNextTitle();
  await minutes.retitle(items[11]!.title);
  await minutes.press('Alt+Shift+ArrowUp');
  await minutes.leaveTitle();
  await minutes.slashCommand('avsluta', 'Avsluta mötet');

  // § 13 and the next meeting, its date typed the Swedish way.
  await minutes.toNextTitle();
  await minutes.leaveTitle();
  await minutes.write('Den 27 april kl 9–12 i konferenslokal Nittälven, Eklundavägen 1 i Örebro.');
  await minutes.writeNextMeeting({ date: '27/4 kl 9', endTime: '12', place });
}

describe('the example Protokoll 003, entered by keyboard only', () => {
  it('types § 1–13 with attendance, justerare, decisions, an uppdrag and the next meeting, and saves their structure', async () => {
    const example = oneLine(readExample(exampleFile));
    const numbered = [...readExample(exampleFile).matchAll(/^\s*(\d{1,2})\.(?:\s|$)/gm)].map((match) => Number(match[1]));
    expect(numbered).toEqual(items.map((_, index) => index + 1));
    const found = items.map((item) => example.indexOf(item.source));
    expect(found.every((at, index) => at >= 0 && (index === 0 || at > found[index - 1]!)), `the items of ${exampleFile} in order`).toBe(true);
    for (const phrase of [...decisionSources, 'Ewa Lindberg tar med fragan om specialkost', 'Den 27 april kl 9-12 i konferenslokal', ...others]) {
      expect(example).toContain(phrase);
    }

    const { dataDir, preview, page } = await cleanup.previewInBrowser();
    // The mouse is not used at all: every press of a mouse button in the app would be counted here.
    await page.addInitScript(() => {
      const counter = window as unknown as { mouseDowns: number };
      counter.mouseDowns = 0;
      window.addEventListener('mousedown', () => (counter.mouseDowns += 1), true);
    });
    const list = await MeetingListPage.open(page, preview.url);
    const minutes = await list.createMeetingByKeyboard({
      template: 'Styrelsemöte (förening)',
      title: 'Specifikt samverkansråd för skola, utbildning och kompetensförsörjning',
    });

    await enterMinutes(minutes);
    await minutes.waitUntilSaved();
    expect(await page.evaluate(() => (window as unknown as { mouseDowns: number }).mouseDowns)).toBe(0);

    const stored = readStoredMinutes(dataDir, minutes.meetingId());
    if (!stored) throw new Error('no minutes stored');
    const minutesJson = stored.document;
    const topLevel = (minutesJson.content ?? []).map((node) => node.type);
    expect(topLevel).toEqual(['meetingHeader', 'attendance', ...items.map(() => 'agendaItem'), 'nextMeeting']);

    // The 13 §§ with the example's titles in its order, numbered 1–13 on screen.
    const stored13 = agendaItemsOf(minutesJson);
    expect(stored13.map((item) => item.title)).toEqual(items.map((item) => item.title));
    expect(await minutes.paragraphNumbers()).toEqual(items.map((_, index) => String(index + 1)));
    expect(stored13[3]!.paragraphs.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(stored13[10]!.paragraphs.join(' ')).toContain('Urban Haglind');

    // The meeting clock: opened in § 1, closed in § 12.
    const header = minutesJson.content![0]!.attrs!;
    expect(header.startTime).toMatch(/^\d{2}:\d{2}$/);
    expect(header.endTime).toMatch(/^\d{2}:\d{2}$/);

    // Attendance: members present but one with anmält förhinder, the others present beside them.
    const attendance = minutesJson.content![1]!.attrs as { attendees: Attendee[]; roles: RoleAssignment[] };
    const status = Object.fromEntries(attendance.attendees.map((attendee) => [attendee.name, `${attendee.group}:${attendee.status}`]));
    expect(status).toEqual({
      'Irén Lejegren': 'member:present',
      'Siw Lunander': 'member:present',
      'Lars Hultkrantz': 'member:excused',
      'Eva Sund': 'other:present',
      'Maria S Hallberg': 'other:present',
      'Ewa Lindberg': 'other:present',
      'Anna Elverskog': 'other:present',
    });
    expect(attendance.attendees.every((attendee) => attendee.personId !== null)).toBe(true);
    const personId = (name: string) => attendance.attendees.find((attendee) => attendee.name === name)!.personId;
    // The justerare from § 2, where she was elected: chosen by Tab and the arrows in the § list.
    const itemIds = minutesJson.content!.filter((node) => node.type === 'agendaItem').map((node) => node.attrs!.id as string);
    expect(attendance.roles.map((role) => ({ role: role.role, name: role.name, personId: role.personId, from: role.from }))).toEqual([
      { role: 'mötesordförande', name: 'Irén Lejegren', personId: personId('Irén Lejegren'), from: null },
      { role: 'sekreterare', name: 'Anna Elverskog', personId: personId('Anna Elverskog'), from: null },
      { role: 'justerare', name: 'Siw Lunander', personId: personId('Siw Lunander'), from: itemIds[1] },
    ]);

    // Decisions with their att-satser, each under the § the example decided it in.
    expect(itemsWith(minutesJson, 'decision')).toEqual([2, 3, 4, 5, 7]);
    for (const [n, clauses] of Object.entries(decisions)) {
      expect(stored13[Number(n) - 1]!.decisions).toEqual([{ lead: 'Styrelsen beslutar', clauses }]);
    }

    // The uppdrag in § 4: Ewa Lindberg from the register, the task, and 31/3 read as the next 31 March.
    expect(itemsWith(minutesJson, 'assignment')).toEqual([4]);
    const assignment = blocksOf(minutesJson, 4).find((block) => block.type === 'assignment')!;
    expect(assignment.attrs?.assignees).toEqual([{ personId: personId('Ewa Lindberg'), name: 'Ewa Lindberg' }]);
    expect(assignment.attrs?.deadline).toBe(nextIsoDate(3, 31));
    expect(textOf(assignment)).toBe(assignmentTask);
    const list4 = blocksOf(minutesJson, 4).find((block) => block.type === 'bulletList')!;
    expect((list4.content ?? []).map(textOf)).toEqual(['Specialkost/önskekost', 'Integration på förskolor']);

    // Presenters from the preparation form, the presentation as Bilaga 1.
    const presenterOf = (n: number) => (minutesJson.content ?? []).filter((node) => node.type === 'agendaItem')[n - 1]!.attrs?.presenter;
    for (const [n, presenter] of Object.entries(presenters)) expect(presenterOf(Number(n))).toBe(presenter);
    expect(itemsWith(minutesJson, 'attachment')).toEqual([6]);
    expect(textOf(blocksOf(minutesJson, 6).find((block) => block.type === 'attachment')!)).toBe('Presentation (PP) Uppföljning 2019 och VP 2020');

    // Nästa möte: "27/4 kl 9" gave the date and the time, Tab reached the end time and the place.
    expect(minutesJson.content!.at(-1)!.attrs).toEqual({ date: nextIsoDate(4, 27), startTime: '09:00', endTime: '12:00', place });

    // PARAGRAF_SCREENSHOT=docs/screenshot-example-003.png keeps a picture of the finished minutes.
    const screenshot = process.env.PARAGRAF_SCREENSHOT;
    if (screenshot) {
      // A window as tall as the page: §§ off screen are not drawn (content-visibility), so a full-page capture would miss them.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 1280, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshot });
    }
  });
});
