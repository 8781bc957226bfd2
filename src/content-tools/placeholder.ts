/**
 * The marker of template text that still has to be filled in: written by
 * `npm run new`, reported by the check (a warning in a concept, an error in a
 * published entry) wherever it is followed by a colon.
 */
export const placeholderMarker = 'INVULLEN';
export const placeholderPattern = `${placeholderMarker}:`;
