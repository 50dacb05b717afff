/** The interface language, shared by context. */
import { createContext, useContext } from 'react';
import type { Lang, StringKey } from '../../core/index.ts';
import { translate } from '../../core/index.ts';

export const LangContext = createContext<Lang>('zh');

/** The current language and a translate function bound to it. */
export function useLang(): { lang: Lang; t: (key: StringKey, vars?: Readonly<Record<string, string | number>>) => string } {
  const lang = useContext(LangContext);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}
