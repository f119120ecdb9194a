/**
 * A comparison key for an order's target as CBP words it: normalised words, without the scope phrase
 * ("and its subsidiaries") or the legal form, so "Top Glove Corporation Bhd." and "TOP GLOVE CORPORATION
 * BHD and its subsidiaries" compare equal.
 */
import { tokenize } from '../text/tokenize';
import { legalSuffixLength } from '../lexicon/legal-forms';

const SCOPE = /,?\s+(?:and|including|with)\s+(?:its|their)\s+(?:subsidiar|affiliat|subordinat)\w*\b.*$/i;

/** The name without CBP's scope phrase: "Hoshine Silicon Industry Co. Ltd and its subsidiaries" → "Hoshine Silicon Industry Co. Ltd". */
export function withoutScope(text: string): string {
  return text.replace(SCOPE, '');
}

export function nameKey(text: string): string {
  const tokens = tokenize(withoutScope(text));
  return tokens.words().slice(0, tokens.length - legalSuffixLength(tokens)).join(' ');
}
