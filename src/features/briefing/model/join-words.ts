import { BRIEFING_TEXT } from '../briefing-text';

/** ["Poland", "Norway", "Germany"] -> "Poland, Norway and Germany" ("… und …" in German). */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')}${BRIEFING_TEXT.explorer.and}${words[words.length - 1] ?? ''}`;
}
