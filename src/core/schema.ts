/**
 * The dataset schema: what WRO Lens ships and what an admin may import. Validated with zod at build,
 * in tests, and whenever a list is loaded, so a malformed list is refused with the field that is wrong.
 */
import { z } from 'zod';
import { ILO_INDICATORS } from './ilo';

// Extension pages forbid eval (MV3's CSP): tell zod not to probe for it or compile validators with it.
z.config({ jitless: true });

export { ILO_INDICATORS };

export const LISTS = ['wro', 'finding', 'uflpa'] as const;
export const KINDS = ['company', 'facility', 'vessel', 'region'] as const;
/** Today's status: an active WRO, an active Finding, lifted (modified so the producer's goods are no longer detained), or revoked. */
export const STATUSES = ['active', 'finding', 'lifted', 'revoked'] as const;
export const EVENT_TYPES = ['issued', 'listed', 'converted-to-finding', 'modified', 'lifted', 'revoked', 'litigation'] as const;
export const CONFIDENCES = ['seed', 'verified', 'single-source'] as const;
export const ALIAS_TYPES = ['name', 'acronym', 'former', 'later', 'subsidiary', 'translation', 'variant'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const url = z.string().url();

export const aliasSchema = z.object({
  name: z.string().min(1),
  type: z.enum(ALIAS_TYPES),
  /** A common word or bare acronym ("FGV", "Giant"): never enough on its own; needs a legal form or context. */
  weak: z.boolean().optional(),
  note: z.string().optional(),
});

export const eventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  /** Null when only the month or year is known (then `note` says what is). */
  date: isoDate.nullable(),
  note: z.string().optional(),
});

/** What the Commissioner's letter of 22 November 2021 said of the order, verbatim. */
export const seedWordingSchema = z.object({
  date: z.string(),
  listed: z.string(),
  products: z.string(),
  application: z.string(),
  status: z.enum(['Active', 'Inactive']),
});

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a short lower-case slug'),
    list: z.enum(LISTS),
    kind: z.enum(KINDS),
    name: z.string().min(1),
    /** CBP's own wording of the order's target, scope text included ("… and its subsidiaries"). */
    listedAs: z.string().min(1),
    aliases: z.array(aliasSchema),
    country: z.string().min(1),
    merchandise: z.string(),
    scope: z.string(),
    /** The order covers subsidiaries, subordinates or affiliates, so a company sharing the group's name is a group match. */
    group: z.boolean(),
    indicators: z.object({
      /** Indicators CBP named, mapped to the ILO's 11. */
      ilo: z.array(z.enum(ILO_INDICATORS)),
      /** How many of the 11 CBP said it found, when it gave a number without (or beyond) a list. */
      count: z.number().int().min(0).max(11).optional(),
      /** CBP's wording that is not one of the 11 ("work and life under duress", "convict labor"). */
      other: z.array(z.string()),
    }),
    status: z.enum(STATUSES),
    statusDate: isoDate.nullable(),
    history: z.array(eventSchema).min(1),
    sources: z.array(url).min(1),
    confidence: z.enum(CONFIDENCES),
    seed2021: seedWordingSchema.optional(),
    notes: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.confidence === 'seed' && !e.seed2021) {
      ctx.addIssue({ code: 'custom', path: ['seed2021'], message: 'a seed order must carry the letter\'s wording' });
    }
    const dates = e.history.map((h) => h.date).filter((d): d is string => d !== null);
    if (dates.some((d, i) => i > 0 && d < dates[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['history'], message: 'events must be in date order' });
    }
  });

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    version: z.string().min(1),
    asOf: isoDate,
    title: z.string(),
    sources: z.array(z.string()),
    entries: z.array(entrySchema).min(1),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });

export type Alias = z.infer<typeof aliasSchema>;
export type StatusEvent = z.infer<typeof eventSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Status = Entry['status'];

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The list is not valid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
    this.name = 'DatasetError';
  }
}

/** Parses and validates a dataset; throws DatasetError naming each entry and field that is wrong. */
export function parseDataset(input: unknown): Dataset {
  const result = datasetSchema.safeParse(input);
  if (result.success) return result.data;
  throw new DatasetError(result.error.issues.map((issue) => `${describePath(input, issue.path)}: ${issue.message}`));
}

function describePath(input: unknown, path: PropertyKey[]): string {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entries = (input as { entries?: { id?: unknown }[] }).entries;
    const id = entries?.[path[1]]?.id;
    const where = `entry ${path[1] + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    return path.length > 2 ? `${where}, field ${path.slice(2).join('.')}` : where;
  }
  return path.length ? `field ${path.join('.')}` : 'the file';
}
