/**
 * Checking one <textarea> or text <input> as the user types. Each keystroke only moves the findings
 * already drawn with the text (so their underlines never lag behind it); each pause rescans the window
 * around what changed since the last one.
 */
import { diffTexts, editedSpan, mapSpan, rescanAround, unionSpan, type Span, type TextEdit } from '../../core/drafting';
import type { Match, MatcherIndex } from '../../core/matcher';
import type { Settings } from '../../shared/settings';
import { groupMatches, isShown, type Finding } from '../finding';
import type { UiLayer } from '../ui-layer';
import { FieldOverlay, type TextField } from './field-overlay';

export class FieldSession {
  /** The field's text as last seen: findings' offsets refer to it. */
  private text = '';
  /** Edited since the last check, in offsets of `text`; null when nothing is. The first check reads the whole text: one edit from the empty text. */
  private dirty: Span | null = { start: 0, end: 0 };
  /** Their matches' offsets follow the text as the user edits it. */
  private findings: Finding[] = [];
  private overlay: FieldOverlay | null = null;

  constructor(
    readonly field: TextField,
    private readonly index: MatcherIndex,
    private readonly ui: UiLayer,
    private settings: Settings,
  ) {}

  /** Whether there is something to check at the next pause. */
  needsCheck(): boolean {
    return this.dirty !== null || this.field.value !== this.text;
  }

  /**
   * After a keystroke (or any input): with findings drawn, moves them with the text now; otherwise
   * there is nothing to move, and the next check compares the texts.
   */
  onInput(): void {
    if (!this.findings.length) return;
    const value = this.field.value;
    const edit = diffTexts(this.text, value);
    if (!edit) return;
    this.text = value;
    const before = this.findings.length;
    this.follow(edit);
    // The mirror follows the edit at once (no underline lags behind its text); scrolling comes with its own event.
    if (this.findings.length === before && this.overlay) {
      if (!this.overlay.applyEdit(edit, value, this.shown())) this.overlay.render(value, this.shown());
      return;
    }
    this.draw();
  }

  /** Rescans what changed since the last check (everything, the first time). */
  check(): void {
    const value = this.field.value;
    const edit = diffTexts(this.text, value);
    if (edit) this.follow(edit);
    this.text = value;
    const dirty = this.dirty;
    this.dirty = null;
    if (!dirty) return;
    const previous = new Map(this.findings.map((f) => [keyOf(f.match), f]));
    const matches = rescanAround(this.index, value, this.findings.flatMap((f) => [f.match, ...f.others.map((o) => o.match)]), dirty);
    // Findings that did not change stay the same objects, so an open card stays open.
    this.findings = groupMatches(this.index, matches, (m) => value.slice(m.start, m.end)).map((f) => previous.get(keyOf(f.match)) ?? f);
    this.draw();
  }

  /** Moves the findings and what is left to check with an edit; findings whose text it removed are dropped. */
  private follow(edit: TextEdit): void {
    this.dirty = unionSpan(this.dirty && mapSpan(this.dirty, edit), editedSpan(edit));
    this.findings = this.findings.filter((f) => moveWithEdit(f, edit));
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.draw();
  }

  shown(): Finding[] {
    return this.findings.filter((f) => isShown(f, this.settings));
  }

  /** Follows the field's scrolling. */
  syncScroll(): void {
    this.overlay?.syncScroll();
  }

  /** Follows the field's size, place, font and zoom. */
  syncLayout(): void {
    this.overlay?.syncLayout();
  }

  private draw(): void {
    const shown = this.shown();
    if (!shown.length) {
      this.overlay?.dispose();
      this.overlay = null;
    } else {
      this.overlay ??= new FieldOverlay(this.field, this.ui);
      this.overlay.render(this.text, shown);
      this.overlay.syncLayout();
    }
    const overlay = this.overlay;
    this.ui.setBadge(this.field, { findings: shown, anchorOf: (f) => overlay?.anchorOf(f) ?? (() => this.field.getBoundingClientRect()) });
  }

  dispose(): void {
    this.overlay?.dispose();
    this.overlay = null;
    this.ui.removeBadge(this.field);
  }
}

const keyOf = (m: Match) => `${m.start}:${m.end}:${m.entryId}`;

/** Moves a finding's offsets (and those of its other listings) with an edit; false when the edit removed its text. */
function moveWithEdit(finding: Finding, edit: TextEdit): boolean {
  const moved = mapSpan(finding.match, edit);
  if (!moved) return false;
  for (const m of [finding.match, ...finding.others.map((o) => o.match)]) {
    m.start = moved.start;
    m.end = moved.end;
  }
  return true;
}
