/**
 * Every message between the extension's parts, in one place. Names say who sends them:
 * CS_ from a content script, UI_ from the popup or settings page, BG_ from the background.
 */
import type { PageFinding } from '../core/findings';

export type Message =
  | { type: 'CS_FINDINGS'; findings: PageFinding[] }
  | { type: 'UI_GET_TAB_FINDINGS'; tabId: number }
  | { type: 'UI_CHECK_TAB'; tabId: number }
  | { type: 'UI_ADD_SITE'; origin: string; tabId?: number }
  /** Scroll the tab to an entry's first finding, flash it and open its card. */
  | { type: 'UI_REVEAL'; tabId: number; entryId: string }
  | { type: 'BG_REVEAL'; entryId: string };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Where a lookup asked from the context menu waits for the popup to open (session storage). */
export const PENDING_LOOKUP_KEY = 'pendingLookup';

/** Files the background injects where the user asks for a check. */
export const CONTENT_SCRIPT_FILE = 'src/content/index.js';
export const CONTENT_STYLE_FILE = 'content/highlights.css';
