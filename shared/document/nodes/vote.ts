import { Node } from '@tiptap/core';
import { z } from 'zod';
import { nodeIdSchema, personRefSchema, zodAttribute } from './attributeSchemas';
import { entryIdAttribute, jsonFromAttribute } from './entryBase';

/** How the meeting decided between the motions. */
export const voteMethods = ['acklamation', 'votering', 'sluten'] as const;
/** A member's answer in a votering. */
export const ballotChoices = ['ja', 'nej', 'avstår'] as const;

/** A yrkande: who moved what. */
export const motionSchema = z.object({ key: nodeIdSchema, mover: personRefSchema, text: z.string().max(2000) }).strict();
/** A yrkande. */
export type Motion = z.infer<typeof motionSchema>;

/** One member's vote. */
export const ballotSchema = z.object({ person: personRefSchema, choice: z.enum(ballotChoices) }).strict();
/** One member's vote. */
export type Ballot = z.infer<typeof ballotSchema>;

/** The vote's attributes, checked as a whole. */
export const voteAttrsSchema = z
  .object({
    id: nodeIdSchema.nullable(),
    motions: z.array(motionSchema).max(20),
    /** The proposition order as the chair put it ("Ordföranden ställer proposition på …"). */
    propositionOrder: z.string().max(2000),
    method: z.enum(voteMethods),
    /** In a votering: the motion a Ja vote stands for, and the one a Nej vote stands for. */
    yesMotion: nodeIdSchema.nullable(),
    noMotion: nodeIdSchema.nullable(),
    ballots: z.array(ballotSchema).max(500),
    /** The motion that won (by acklamation, or by the count of the ballots). */
    winner: nodeIdSchema.nullable(),
    /** The result as the minutes word it. */
    result: z.string().max(2000),
  })
  .strict();
/** The vote's attributes. */
export type VoteAttrs = z.infer<typeof voteAttrsSchema>;

/** A vote: motions with their movers, proposition order, votering with names, and the result. */
export const Vote = Node.create({
  name: 'vote',
  group: 'entry',
  atom: true,
  draggable: false,

  addAttributes() {
    return {
      ...entryIdAttribute(),
      motions: { default: [], validate: zodAttribute(voteAttrsSchema.shape.motions) },
      propositionOrder: { default: '', validate: zodAttribute(voteAttrsSchema.shape.propositionOrder) },
      method: { default: 'acklamation', validate: zodAttribute(voteAttrsSchema.shape.method) },
      yesMotion: { default: null, validate: zodAttribute(voteAttrsSchema.shape.yesMotion) },
      noMotion: { default: null, validate: zodAttribute(voteAttrsSchema.shape.noMotion) },
      ballots: { default: [], validate: zodAttribute(voteAttrsSchema.shape.ballots) },
      winner: { default: null, validate: zodAttribute(voteAttrsSchema.shape.winner) },
      result: { default: '', validate: zodAttribute(voteAttrsSchema.shape.result) },
    };
  },

  // Copied and pasted inside Paragraf (a § cut and put elsewhere) the vote goes along whole; each
  // attribute is checked on the way in, so a forged one falls back to its default.
  parseHTML() {
    return [
      {
        tag: 'div[data-type="vote"]',
        getAttrs: (element) => {
          const data = jsonFromAttribute(element, 'data-vote', null);
          if (typeof data !== 'object' || data === null) return false;
          return { ...(data as Record<string, unknown>), id: element.getAttribute('data-id') };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { motions, propositionOrder, method, yesMotion, noMotion, ballots, winner, result } = node.attrs;
    const data = { motions, propositionOrder, method, yesMotion, noMotion, ballots, winner, result };
    return ['div', { 'data-type': 'vote', class: 'vote', 'data-id': node.attrs.id, 'data-vote': JSON.stringify(data) }, node.attrs.result as string];
  },
});
