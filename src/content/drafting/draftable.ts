/**
 * Which editable elements are checked as the user types: multi-line fields, plain text inputs and
 * rich-text editors. Never passwords, payment details, search boxes, read-only or disabled fields, or
 * anything the page or an ancestor opted out of (the attributes spelling and grammar checkers honour).
 */
import type { TextField } from './field-overlay';

export type DraftTarget =
  | { kind: 'field'; element: TextField }
  | { kind: 'editor'; element: HTMLElement };

/** Opt-outs honoured on the element or any ancestor: Grammarly's, and WRO Lens's own. */
const OPT_OUT = '[data-gramm="false"],[data-gramm_editor="false"],[data-enable-grammarly="false"],[data-wro-lens="off"]';
/** Inputs whose type says they hold no prose (a missing or unknown type is text). */
const TEXT_INPUT_TYPES = new Set(['text', '']);
/** Names, ids and autocomplete tokens of payment and secret fields. */
const SENSITIVE = /passw|card.?(num|no)|cc-|\bcvc\b|\bcvv\b|security.?code|iban|sort.?code|account.?(num|no)|one-time-code/i;
const SEARCH = /search|^q$|query/i;
const NOT_PROSE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

export function draftTargetOf(node: EventTarget | null): DraftTarget | null {
  // Names, not instanceof: elements may come from another realm (a frame) or through Firefox's wrappers.
  const el = node as HTMLElement | null;
  if (!el || typeof el.localName !== 'string') return null;
  if (el.localName === 'textarea' || el.localName === 'input') {
    const field = el as TextField;
    return isCheckableField(field) ? { kind: 'field', element: field } : null;
  }
  if (!el.isContentEditable) return null;
  const host = editingHostOf(el);
  return isOptedOut(host) ? null : { kind: 'editor', element: host };
}

function isCheckableField(field: TextField): boolean {
  if (field.readOnly || field.disabled || isOptedOut(field)) return false;
  if (field.localName === 'input') {
    if (!TEXT_INPUT_TYPES.has(field.getAttribute('type')?.toLowerCase() ?? '')) return false;
    if (SEARCH.test(field.name) || SEARCH.test(field.id) || field.closest('[role="search"]')) return false;
  }
  const described = `${field.name} ${field.id} ${field.autocomplete} ${field.getAttribute('inputmode') ?? ''}`;
  return !SENSITIVE.test(described);
}

function isOptedOut(el: Element): boolean {
  return el.closest(OPT_OUT) !== null || NOT_PROSE_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-readonly') === 'true';
}

/** Whether a node is inside an editor: its changes are followed by the editor's own session, not the page's. */
export function isInEditor(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
  return !!el?.isContentEditable;
}

/** The outermost element of the editor the node is in: its whole text is one draft. */
export function editingHostOf(node: HTMLElement): HTMLElement {
  let host = node;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
