// Runs in: any environment.
//
// The shape of the anonymous figures (issue 17, docs/figures.md): every figure is a count
// table (rows × columns of whole numbers) or a measure (a median or share over n cases).
// `Figures` holds the raw counts as computed from the records; it never leaves the screen's
// memory. Everything that is shown or written goes through suppression.ts first, which turns
// it into `PublishedFigures`: small cells become "< 5" and cells that would let one recompute
// them are hidden. Rows are keys the screen translates, or an organisation's name.
import { z } from 'zod';
import { isoDateSchema } from '../domain/dates';

/** Every count table, in the order the screen, the CSV and the report show them. */
export const FIGURE_TABLE_IDS = [
  'new-cases-by-source',
  'new-cases-by-leefgebied',
  'cases-by-status-at-end',
  'meetings-by-kind',
  'agenda-items-by-bespreekdoel',
  'actions-by-organisation',
  'referrals-by-recipient-and-route',
  'referrals-by-outcome',
  'consents',
  'meldcode-tracks',
  'meldcode-decisions',
  'zat-evaluations',
] as const;
export const figureTableIdSchema = z.enum(FIGURE_TABLE_IDS);
export type FigureTableId = z.infer<typeof figureTableIdSchema>;

export const FIGURE_MEASURE_IDS = [
  'contact-working-days-median',
  'contact-within-5-working-days-share',
  'feedback-days-median',
  'feedback-on-time-share',
  'plan-within-six-weeks-share',
] as const;
export const figureMeasureIdSchema = z.enum(FIGURE_MEASURE_IDS);
export type FigureMeasureId = z.infer<typeof figureMeasureIdSchema>;

/**
 * A row: `key` is a fixed id the screen translates (a status, a bespreekdoel, a leefgebied
 * id), or, with `name`, the name of an organisation as the directory or the action has it.
 */
export const figureRowSchema = z
  .object({ key: z.string().min(1).max(200), name: z.string().min(1).max(200).optional() })
  .strict();
export type FigureRow = z.infer<typeof figureRowSchema>;

const countSchema = z.number().int().min(0);

export const figureTableSchema = z
  .object({
    id: figureTableIdSchema,
    rows: z.array(figureRowSchema).max(500),
    /** Column keys (translated by the screen); one column 'aantal' for a plain list. */
    columns: z.array(z.string().min(1).max(60)).min(1).max(20),
    /** cells[row][column]. */
    cells: z.array(z.array(countSchema)),
    /**
     * True when every item is counted in exactly one cell, so row and column totals are
     * meaningful and shown (and suppression must protect against subtracting from them).
     */
    additive: z.boolean(),
  })
  .strict();
export type FigureTable = z.infer<typeof figureTableSchema>;

export const figureMeasureSchema = z
  .object({
    id: figureMeasureIdSchema,
    /** How many cases the measure is taken over. */
    n: countSchema,
    /** The median (days) or the share (0-1); null when n is 0. */
    value: z.number().min(0).nullable(),
  })
  .strict();
export type FigureMeasure = z.infer<typeof figureMeasureSchema>;

export const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).strict();

/** The figures of one period, before suppression. */
export interface Figures {
  readonly period: z.infer<typeof periodSchema>;
  readonly tables: readonly FigureTable[];
  readonly measures: readonly FigureMeasure[];
  /** The ZAT evaluations' "anders doen" points that passed the name check (points.ts). */
  readonly evaluationPoints: readonly string[];
  /** How many points were left out because they might name someone. */
  readonly withheldPoints: number;
}

/**
 * A published cell: a number of 5 or more (or 0), "< 5" for 1 to 4, or hidden because it
 * would let a "< 5" cell be recomputed from the totals (complementary suppression).
 */
export const publishedCellSchema = z.union([countSchema, z.literal('<5'), z.literal('hidden')]);
export type PublishedCell = z.infer<typeof publishedCellSchema>;

export const publishedTableSchema = z
  .object({
    id: figureTableIdSchema,
    rows: z.array(figureRowSchema).max(500),
    columns: z.array(z.string().min(1).max(60)).min(1).max(20),
    cells: z.array(z.array(publishedCellSchema)),
    /** Present for additive tables with more than one column. */
    rowTotals: z.array(publishedCellSchema).optional(),
    /** Present for additive tables with more than one row. */
    columnTotals: z.array(publishedCellSchema).optional(),
    /** Present for additive tables with more than one row and more than one column. */
    total: publishedCellSchema.optional(),
  })
  .strict();
export type PublishedTable = z.infer<typeof publishedTableSchema>;

export const publishedMeasureSchema = z
  .object({
    id: figureMeasureIdSchema,
    n: publishedCellSchema,
    /** Null when n is under 5 (or 0): a median of three referrals describes three families. */
    value: z.number().min(0).nullable(),
  })
  .strict();
export type PublishedMeasure = z.infer<typeof publishedMeasureSchema>;

export const publishedFiguresSchema = z
  .object({
    period: periodSchema,
    tables: z.array(publishedTableSchema).max(FIGURE_TABLE_IDS.length),
    measures: z.array(publishedMeasureSchema).max(FIGURE_MEASURE_IDS.length),
    evaluationPoints: z.array(z.string().min(1).max(4000)).max(500),
    withheldPoints: countSchema,
  })
  .strict();
export type PublishedFigures = z.infer<typeof publishedFiguresSchema>;
