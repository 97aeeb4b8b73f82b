import type { Editor } from '@tiptap/core';
import { render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import type { Membership } from '../../../../../shared/contract/models';
import type { QuorumRule } from '../../../../../shared/domain/attendance';
import type { MinutesDocument } from '../../../../../shared/document/types';
import { I18nProvider } from '../../../../../renderer/app/i18n';
import { MinutesEditor } from '../../../../../renderer/editor/MinutesEditor';
import type { PeopleSource } from '../../../../../renderer/editor/people/peopleStore';
import { createTestServices, type TestServices } from '../../../../helpers/createTestServices';

/** A mounted editor as the meeting screen shows it, with the services behind it. */
export interface MountedEditor {
  editor: Editor;
  services: TestServices;
  unmount: () => void;
}

/** What a test may change: the minutes, the body's people, the register, the clock. */
export interface MountOptions {
  document?: MinutesDocument;
  first?: number;
  members?: Membership[];
  quorumRule?: QuorumRule;
  people?: (services: TestServices) => PeopleSource;
  now?: () => Date;
  services?: TestServices;
  /** Rendered beside the editor inside the same providers (a language switch, say). */
  beside?: ReactNode;
  /** Told of every change the editor would save. */
  onChange?: () => void;
}

/** The example meeting (every kind of entry) from the real services. */
export async function sampleDocument(services: TestServices): Promise<MinutesDocument> {
  const sample = await services.api.meetings.createSample({});
  return (await services.api.meetings.open({ id: sample.id })).document;
}

/** Mounts the real MinutesEditor (node views, menus, palette) in Swedish, on real services. */
export async function mountEditor(options: MountOptions = {}): Promise<MountedEditor> {
  const services = options.services ?? createTestServices();
  const document = options.document ?? (await sampleDocument(services));
  let editor: Editor | null = null;
  const view = render(
    <I18nProvider language="sv">
      <MinutesEditor
        document={document}
        firstParagraphNumber={options.first ?? 1}
        decisionLead="Styrelsen beslutar"
        label="Protokoll"
        members={options.members ?? []}
        quorumRule={options.quorumRule ?? { kind: 'majority' }}
        people={options.people ? options.people(services) : services.api.people}
        bodyName="Styrelsen"
        now={options.now ?? (() => new Date(2026, 10, 12, 18, 32))}
        onReady={(ready) => {
          editor = ready;
        }}
        onChange={options.onChange ?? (() => undefined)}
        onBlur={() => undefined}
      />
      {options.beside}
    </I18nProvider>,
  );
  await waitFor(() => expect(editor).not.toBeNull());
  return {
    editor: editor!,
    services,
    unmount: () => {
      view.unmount();
      if (!options.services) services.dispose();
    },
  };
}

/** The position just inside the end of the text of the n-th node of a type in the document. */
export function endOf(editor: Editor, type: string, nth = 0): number {
  let seen = -1;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === type) {
      seen += 1;
      if (seen === nth) found = pos + 1 + node.content.size;
    }
    return true;
  });
  if (found === null) throw new Error(`no ${type} number ${nth}`);
  return found;
}

/** The position of the n-th node of a type (before it). */
export function posOf(editor: Editor, type: string, nth = 0): number {
  let seen = -1;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === type) {
      seen += 1;
      if (seen === nth) found = pos;
    }
    return true;
  });
  if (found === null) throw new Error(`no ${type} number ${nth}`);
  return found;
}
