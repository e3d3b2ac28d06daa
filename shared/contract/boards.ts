import { z } from 'zod';
import { idSchema } from './define';

/** How many cards one move may carry: a bulk move of a selection, not a whole board. */
export const MAX_CARDS_PER_MOVE = 500;

/**
 * Where moved cards land in their new column: between two cards of that column, by id (null at either
 * end). The moved cards keep their order and take keys between the two, so a move writes only them.
 */
export const placeSchema = z.strictObject({ after: idSchema.nullable(), before: idSchema.nullable() });
export type Place = z.infer<typeof placeSchema>;

/** The cards a move carries, each with the revision the mover saw, so a card changed elsewhere is not moved blind. */
export const movingSchema = z
  .array(z.strictObject({ id: idSchema, expectedRevision: z.number().int().min(1).optional() }), { message: 'must list the cards to move' })
  .min(1, { message: 'must list at least one card' })
  .max(MAX_CARDS_PER_MOVE, { message: `must list at most ${MAX_CARDS_PER_MOVE} cards` })
  .refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length, { message: 'must not list a card twice' });
