/**
 * Turns a title into a file name (slug): lower case, Dutch diacritics folded
 * ("één" → "een", "café" → "cafe"), every other character a hyphen.
 */

/** Letters that do not fold by dropping a combining mark. */
const ligatures: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ĳ: 'ij', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Long enough to tell entries apart, short enough for a readable URL. */
export const maxSlugLength = 60;

export function slugify(title: string): string {
  const folded = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœøßĳłđðþı]/g, (char) => ligatures[char] ?? char)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxSlugLength) return folded;
  // Cut at a word boundary, so that the slug does not end in half a word.
  const cut = folded.slice(0, maxSlugLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : folded.slice(0, maxSlugLength)).replace(/-+$/, '');
}
