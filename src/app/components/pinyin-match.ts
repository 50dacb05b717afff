/**
 * The pinyin matcher for the search box, from `pinyin-pro` (a maintained library whose dictionary
 * knows polyphonic characters in context: 长塘 is both changtang and zhangtang, 崧厦 sx): loaded
 * on demand, when Latin letters are typed, so the first screen does not carry its dictionary.
 */
import type { PinyinMatch } from '../../core/index.ts';

let loading: Promise<PinyinMatch> | null = null;

/** Loads the matcher once: letters must spell consecutive characters (initials or full pinyin). */
export function loadPinyinMatch(): Promise<PinyinMatch> {
  loading ??= import('pinyin-pro').then(({ match }) => (text: string, letters: string) => {
    const at = match(text, letters, { continuous: true });
    return at && at.length > 0 ? at[0]! : null;
  });
  return loading;
}
