/**
 * Every message between the extension's parts, in one place. Names say who sends them:
 * CS_ from a content script, UI_ from the popup or settings page.
 */
import type { PageFinding } from '../core/findings';

export type Message =
  | { type: 'CS_FINDINGS'; findings: PageFinding[] }
  | { type: 'UI_GET_TAB_FINDINGS'; tabId: number };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
