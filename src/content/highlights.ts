/**
 * Paints findings with the CSS Custom Highlight API: the page's DOM and text are never changed.
 * One highlight per severity, named wro-lens-*, styled in public/content/highlights.css (colour and
 * underline style both differ, so severity is not told by colour alone).
 */
import { SEVERITY_RANK, type Severity } from '../core/severity';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  active: 'wro-lens-active',
  possible: 'wro-lens-possible',
  region: 'wro-lens-region',
  lifted: 'wro-lens-lifted',
};

export class HighlightLayer {
  private readonly highlights = new Map<Severity, Highlight>();

  constructor() {
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES) as [Severity, string][]) {
      const highlight = new Highlight();
      // Where findings overlap, the more severe one paints on top.
      highlight.priority = SEVERITY_RANK[severity];
      this.highlights.set(severity, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  add(severity: Severity, range: AbstractRange): void {
    this.highlights.get(severity)!.add(range);
  }

  delete(severity: Severity, range: AbstractRange): void {
    this.highlights.get(severity)!.delete(range);
  }

  dispose(): void {
    for (const h of this.highlights.values()) h.clear();
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES) as [Severity, string][]) {
      if (CSS.highlights.get(name) === this.highlights.get(severity)) CSS.highlights.delete(name);
    }
  }
}

/** Whether this browser paints custom highlights (Chrome 105+, Firefox 140+). */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
