/**
 * UI text from _locales (British English is the default locale), so the extension can be translated.
 * Outside an extension page (component tests) the English messages file answers directly.
 */
import english from '../../public/_locales/en/messages.json';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const fallback = english as Record<string, LocaleMessage>;

function format(entry: LocaleMessage | undefined, substitutions: string[]): string | undefined {
  if (!entry) return undefined;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

export function t(key: string, ...substitutions: string[]): string {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: (k: string, s?: string[]) => string } } }).chrome?.i18n;
  return api?.getMessage?.(key, substitutions) || format(fallback[key], substitutions) || key;
}
