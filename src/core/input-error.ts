/**
 * Input a user gave that WRO Lens cannot use (a supplier list, a CBP CSV, a dataset file). Each problem names
 * where it is ("row 12, field Entity: …") so the user can fix the file; the UI and CLI show them as they are.
 */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : (problems[0] ?? 'unreadable input'));
    this.name = 'InputError';
  }
}

/** Files refused before any of it is read: a list to import, a supplier list to screen. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_SCREEN_BYTES = 200 * 1024 * 1024;

/** A file with NUL bytes or many control characters is not text (a spreadsheet, an image, a zip). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
