/**
 * UK Contracts Finder award notices: each supplier is an `h4 > strong` after "This contract was awarded
 * to N suppliers"; the buyer is named in the breadcrumb description and in the "About the buyer" block,
 * which uses the same h4 markup.
 */
import { elementOf, type PortalAdapter } from './types';

export const contractsFinder: PortalAdapter = {
  name: 'Contracts Finder',
  hosts: ['www.contractsfinder.service.gov.uk'],
  roleOf(node) {
    const el = elementOf(node);
    if (!el) return undefined;
    if (el.closest('.breadcrumb-description')) return 'buyer';
    const block = el.closest('.content-block');
    if (!block) return undefined;
    if (/about the buyer/i.test(block.querySelector('h3')?.textContent ?? '')) return 'buyer';
    if (el.closest('h4 > strong') && /awarded to/i.test(block.textContent ?? '')) return 'supplier';
    return undefined;
  },
};
