/** Whether a name on a page stands as a supplier or as the buyer. */
export type Role = 'supplier' | 'buyer';

/**
 * What WRO Lens knows about one portal's markup: an optional refinement that labels a finding's role.
 * Matching never depends on it.
 */
export interface PortalAdapter {
  name: string;
  /** Host names the adapter reads. */
  hosts: readonly string[];
  roleOf(node: Node): Role | undefined;
}

/** The nearest element at or above `node`. */
export function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
