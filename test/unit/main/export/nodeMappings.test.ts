import { describe, expect, it } from 'vitest';
import { inlineMappings } from '../../../../main/export/model/inline';
import { nodeMappings } from '../../../../main/export/model/nodeMappings';
import { minutesNodes } from '../../../../shared/document/extensions';
import { getMinutesSchema } from '../../../../shared/document/schema';

/** The node names that have neither a block nor an inline mapping. */
function unmapped(names: string[]): string[] {
  return names.filter((name) => !(name in nodeMappings) && !(name in inlineMappings));
}

describe('export mappings', () => {
  it('maps every structured node of the minutes through the record', () => {
    expect(Object.keys(minutesNodes).filter((name) => !(name in nodeMappings))).toEqual([]);
  });

  it('maps every node of the built schema, StarterKit text nodes and inline nodes included', () => {
    expect(unmapped(Object.keys(getMinutesSchema().nodes))).toEqual([]);
  });

  it('would report a node added to the schema without a mapping', () => {
    expect(unmapped([...Object.keys(getMinutesSchema().nodes), 'signatureBlock'])).toEqual(['signatureBlock']);
  });
});
