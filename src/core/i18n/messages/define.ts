/**
 * The shape of a message of the catalog (messages.ts): its text and hint in both languages, the
 * params it takes, and how a part of the catalog defines one.
 */
import type { Lang } from '../../format/format-number.ts';

/** Parameters of a message: data inserted into the text as it is. */
export type Params = Readonly<Record<string, string | number>>;

/** One message of the catalog: its text and (for issues) its hint in both languages. */
export interface MessageDef<P extends Params> {
  readonly en: (p: P) => string;
  readonly zh: (p: P) => string;
  readonly hintEn?: (p: P) => string;
  readonly hintZh?: (p: P) => string;
  /** Sample params: documentation, and what the tests render every message with. */
  readonly example: P;
}

/** Params of a message that holds another one: the inner code (`detail`) and its params beside it. */
export type Open<P> = P & { readonly [key: string]: string | number };

/** A message of the catalog, its params inferred from the example and the texts. */
export const def = <P extends Params>(d: MessageDef<P>): MessageDef<P> => d;

/** The text of a message of the whole catalog (no hint), e.g. the inner message named by `detail`; given to the parts that hold messages made of others. */
export type Say = (code: string | number | undefined, p: Params, lang: Lang) => string;
