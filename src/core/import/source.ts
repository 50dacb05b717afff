/**
 * What each format's reader gives the importer (import-layer.ts): the features of a file in its own
 * coordinates, the coordinate system it declares (or null), and its warnings — or the errors that
 * make the file unusable.
 */
import type { Feature, Geometry } from 'geojson';
import type { DataIssue } from '../data/dataset.ts';
import type { Message } from '../i18n/messages.ts';
import type { CrsInfo } from './crs.ts';

/** Features with free-form properties, as every reader returns them. */
export type Features = Feature<Geometry | null, Record<string, unknown>>[];

/** The features a reader found in one file, before reprojection. */
export interface ImportSource {
  /** The file's name as given (a shapefile's `.shp`; a KMZ's own name). */
  readonly file: string;
  /** Features in the file's own coordinates: [easting, northing] or [lon, lat]. */
  readonly features: Features;
  /** The system the file declares or implies; null when it gives none (guessed from the coordinates then). */
  readonly crs: CrsInfo | null;
  /** How the file named its system (`EPSG:4549`, a `crs` member), to quote when the coordinates do not fit; null when nothing was declared. */
  readonly declared: string | null;
  /** The text encoding the file was read with; null for a binary format with no text. */
  readonly encoding: string | null;
  /** Warnings about the file (encoding, skipped entities, a declared area that disagrees …). */
  readonly warnings: readonly DataIssue[];
}

/**
 * A reader's answer: the sources it found, and files it looked at but did not take (a text file that
 * is not a coordinate file, a spreadsheet without point columns) with the reason, said only when
 * nothing at all could be imported; or errors that make the import fail.
 */
export type ReadOutcome =
  | { readonly sources: readonly ImportSource[]; readonly skipped?: readonly DataIssue[] }
  | { readonly errors: readonly DataIssue[] };

/** An error about a file, as an issue. */
export const fileError = (file: string, m: Message): DataIssue => ({ severity: 'error', file, ...m });

/** A warning about a file, as an issue. */
export const fileWarning = (file: string, m: Message): DataIssue => ({ severity: 'warning', file, ...m });

/** A reader's answer that the file cannot be used. */
export const failed = (file: string, m: Message): ReadOutcome => ({ errors: [fileError(file, m)] });
