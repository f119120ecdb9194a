/**
 * Warnings while drafting: follows the fields and editors the user types in, the way a spell checker
 * does. Nothing is attached until the user focuses one; then one set of listeners serves the whole
 * document. A keystroke costs only moving what is drawn; checking waits for a pause in typing, never
 * runs during IME composition, and never changes the text, the caret, focus or undo history.
 */
import type { MatcherIndex } from '../../core/matcher';
import type { Settings } from '../../shared/settings';
import type { PageChecker, PageMatch } from '../page-checker';
import { anchorOf, type UiLayer } from '../ui-layer';
import type { Finding } from '../finding';
import { draftTargetOf, editingHostOf, type DraftTarget } from './draftable';
import { EditorSession, type RunJob } from './editor-session';
import { FieldSession } from './field-session';

/** Typing pauses this long before the text is checked: warnings follow within about 300 ms of a pause. */
export const PAUSE_MS = 250;

export interface DraftCheckerOptions {
  index: MatcherIndex;
  settings: Settings;
  ui: UiLayer;
  /** The page's checker: editors' text is checked and highlighted by it. */
  checker: PageChecker;
  run: RunJob;
  /** Called when the findings in form fields changed (the toolbar report counts them). */
  onFieldFindings: () => void;
}

export class DraftChecker {
  private readonly fields = new Map<Element, FieldSession>();
  private readonly editors = new Map<Element, EditorSession>();
  private readonly controller = new AbortController();
  private settings: Settings;
  private listening = false;
  private composing = false;
  private pauseTimer = 0;
  /** Input handling since the last pause: its time and how many inputs. */
  private typingMs = 0;
  private keystrokes = 0;
  private layoutFrame = 0;
  private readonly resizes = new ResizeObserver(() => this.layoutSoon());

  constructor(private readonly doc: Document, private readonly options: DraftCheckerOptions) {
    this.settings = options.settings;
    const { signal } = this.controller;
    doc.addEventListener('focusin', (e) => this.onFocus(e.composedPath()[0] ?? null), { capture: true, signal });
    // A field the user was already in when the check started.
    this.onFocus(deepActiveElement(doc));
  }

  private onFocus(target: EventTarget | null): void {
    const draft = draftTargetOf(target);
    if (!draft) return;
    this.listen();
    this.sessionFor(draft);
    this.schedule(0);
  }

  /** The listeners every field and editor of the document shares, attached on the first focus. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const options = { capture: true, signal: this.controller.signal };
    const passive = { ...options, passive: true };
    this.doc.addEventListener('input', (e) => this.onInput(e.composedPath()[0] ?? null), options);
    this.doc.addEventListener('compositionstart', () => {
      this.composing = true;
      clearTimeout(this.pauseTimer);
    }, options);
    this.doc.addEventListener('compositionend', () => {
      this.composing = false;
      this.schedule(PAUSE_MS);
    }, options);
    this.doc.addEventListener('scroll', (e) => {
      const field = e.target ? this.fields.get(e.target as Element) : undefined;
      if (field) field.syncScroll();
      // The page scrolling moves nothing in the layer (it is placed in page coordinates); a scrolled box does.
      else if (e.target !== this.doc) this.layoutSoon();
    }, passive);
    this.doc.defaultView?.addEventListener('resize', () => this.layoutSoon(), passive);
    this.doc.fonts?.addEventListener('loadingdone', () => this.layoutSoon(), { signal: this.controller.signal });
  }

  private sessionFor(draft: DraftTarget): FieldSession | EditorSession {
    const { element } = draft;
    if (draft.kind === 'field') {
      let session = this.fields.get(element);
      if (!session) {
        session = new FieldSession(draft.element, this.options.index, this.options.ui, this.settings);
        this.fields.set(element, session);
        this.resizes.observe(element);
      }
      return session;
    }
    let session = this.editors.get(element);
    if (!session) {
      session = new EditorSession(draft.element, this.options.checker, this.options.run, () => this.schedule(PAUSE_MS));
      this.editors.set(element, session);
    }
    return session;
  }

  private onInput(target: EventTarget | null): void {
    const started = performance.now();
    this.followInput(target);
    this.typingMs += performance.now() - started;
    this.keystrokes++;
  }

  private followInput(target: EventTarget | null): void {
    const field = target ? this.fields.get(target as Element) : undefined;
    if (field) field.onInput();
    else if (!this.knownEditor(target)) {
      const draft = draftTargetOf(target);
      if (!draft) return;
      this.sessionFor(draft);
    }
    this.schedule(PAUSE_MS);
  }

  private knownEditor(target: EventTarget | null): boolean {
    const el = target as HTMLElement | null;
    return !!el?.isContentEditable && this.editors.has(editingHostOf(el));
  }

  private schedule(delay: number): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = window.setTimeout(() => this.onPause(), delay);
  }

  /** The user paused: check what changed, unless a composition is under way (its end schedules this again). */
  private onPause(): void {
    if (this.composing) {
      // On the page's timeline only (nothing leaves the page): tests and DevTools see that checking waited.
      performance.mark('wro-lens:draft-deferred');
      return;
    }
    // The main-thread time the keystrokes since the last pause cost, in one entry rather than one each.
    if (this.keystrokes) performance.measure(`wro-lens:draft-typing:${this.keystrokes}`, { start: performance.now() - this.typingMs, duration: this.typingMs });
    this.typingMs = 0;
    this.keystrokes = 0;
    this.prune();
    let fieldsChanged = false;
    for (const session of this.fields.values()) {
      if (!session.needsCheck()) continue;
      const started = performance.now();
      session.check();
      performance.measure('wro-lens:draft-check', { start: started, end: performance.now() });
      fieldsChanged = true;
    }
    for (const session of this.editors.values()) if (session.needsCheck()) session.check();
    if (fieldsChanged) this.options.onFieldFindings();
  }

  /** Places overlays and badges again on the next frame (once, however many causes); nothing before a field was focused. */
  layoutSoon(): void {
    if (this.layoutFrame || (!this.fields.size && !this.editors.size)) return;
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0;
      for (const session of this.fields.values()) session.syncLayout();
      this.options.ui.reposition();
    });
  }

  /** Drops the fields and editors that left the page, with their overlays and badges. */
  prune(): void {
    let fieldsChanged = false;
    for (const [element, session] of this.fields) {
      if (element.isConnected) continue;
      session.dispose();
      this.fields.delete(element);
      this.resizes.unobserve(element);
      fieldsChanged = true;
    }
    for (const [element, session] of this.editors) {
      if (element.isConnected) continue;
      session.dispose();
      this.editors.delete(element);
      this.options.ui.removeBadge(element);
    }
    if (fieldsChanged) this.options.onFieldFindings();
  }

  /** After the page's findings were all dropped and found again: editors are read again at once. */
  recheckEditors(): void {
    for (const session of this.editors.values()) session.recheckWhole();
    if (this.editors.size) this.schedule(0);
  }

  /** Shows each editor's findings (found by the page's checker) on its badge. */
  showEditorBadges(shown: readonly PageMatch[]): void {
    for (const host of this.editors.keys()) {
      const findings = shown.filter((m) => m.editor === host);
      this.options.ui.setBadge(host, { findings, anchorOf: (f: Finding) => anchorOf(this.doc, f as PageMatch) });
    }
  }

  fieldFindings(): Finding[] {
    return [...this.fields.values()].flatMap((s) => s.shown());
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    for (const session of this.fields.values()) session.applySettings(settings);
    this.options.onFieldFindings();
  }

  dispose(): void {
    this.controller.abort();
    this.resizes.disconnect();
    clearTimeout(this.pauseTimer);
    cancelAnimationFrame(this.layoutFrame);
    for (const session of this.fields.values()) session.dispose();
    for (const session of this.editors.values()) session.dispose();
    this.fields.clear();
    this.editors.clear();
  }
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
