import { DOMParser, type NodeType, type ParseRule, type Schema, type TagParseRule } from '@tiptap/pm/model';

type Attrs = Record<string, unknown>;

/** Keeps the attributes a node type accepts; an invalid one is left out, so its default is used. */
function acceptedAttrs(type: NodeType, attrs: Attrs): Attrs {
  const accepted: Attrs = {};
  for (const [name, value] of Object.entries(attrs)) {
    const validate = type.spec.attrs?.[name]?.validate;
    if (typeof validate === 'function') {
      try {
        validate(value);
      } catch {
        continue;
      }
    }
    accepted[name] = value;
  }
  return accepted;
}

function isTagRule(rule: ParseRule): rule is TagParseRule {
  return 'tag' in rule;
}

/**
 * The schema's DOM parser for pasted HTML, with every node's attributes checked by the same
 * validators as a save: forged or foreign data ("data-deadline=2027-02-31") falls back to the
 * default instead of making the paste fail or a node the document cannot hold.
 */
export function safeClipboardParser(schema: Schema): DOMParser {
  const base = DOMParser.fromSchema(schema);
  const rules = base.rules.map((rule): ParseRule => {
    if (!isTagRule(rule) || !rule.node) return rule;
    const type = schema.nodes[rule.node];
    const getAttrs = rule.getAttrs;
    if (!type || !getAttrs) return rule;
    const checked: TagParseRule = {
      ...rule,
      getAttrs: (dom) => {
        const attrs = getAttrs(dom);
        return attrs ? acceptedAttrs(type, attrs) : attrs;
      },
    };
    return checked;
  });
  return new DOMParser(schema, rules);
}
