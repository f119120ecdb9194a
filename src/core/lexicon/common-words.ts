import table from '../generated/common-words.json';

/** The most frequent English words (see scripts/build-lexicon.ts): never fuzzy targets, never distinctive alone. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(table.words.split(' '));
