export { diffTexts, editedSpan, mapSpan, unionSpan, type Span, type TextEdit } from './text-edit';
export { rescanAround, scanWindow, CONTEXT_CHARS } from './rescan';
