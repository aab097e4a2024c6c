/**
 * Follow Office's theme: Office tells the pane its body background colour (not a light/dark flag), so the
 * pane reads the colour's luminance. Outside Office (playground, tests) the browser's preference decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeMode = 'light' | 'dark';

/** '#1f1f1f' → dark; '#ffffff' → light; null when the colour cannot be read */
export function modeOfBackground(color: string | undefined | null): ThemeMode | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // relative luminance, sRGB weights; below the midpoint reads as a dark theme
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

export function officeThemeMode(): ThemeMode {
  let fromOffice: ThemeMode | null = null;
  try {
    fromOffice = modeOfBackground(typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : null);
  } catch {
    fromOffice = null; // officeTheme is unavailable on some hosts (Excel on the web before 2023)
  }
  if (fromOffice) return fromOffice;
  if (typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

/** Where a change of theme can show: the pane regaining focus or becoming visible, the browser's preference. */
export interface ThemeSignals {
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState?: string };
  media?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

function browserSignals(): ThemeSignals {
  return {
    window: typeof window !== 'undefined' ? window : undefined,
    document: typeof document !== 'undefined' ? document : undefined,
    media: typeof window !== 'undefined' ? window.matchMedia?.('(prefers-color-scheme: dark)') : undefined,
  };
}

/**
 * Call `onChange` when the theme differs from `current`. Office offers no theme-changed event to Excel (the
 * typings' `OfficeThemeChanged` is Outlook's, Mailbox 1.14), so the theme is read again whenever the pane
 * regains focus or becomes visible — a user changes the theme in Office's options, outside the pane — and
 * when the browser's preference changes (outside Office). Returns a function that stops following.
 */
export function followOfficeTheme(current: ThemeMode, onChange: (mode: ThemeMode) => void, read: () => ThemeMode = officeThemeMode, signals: ThemeSignals = browserSignals()): () => void {
  let mode = current;
  const check = () => {
    if (signals.document?.visibilityState === 'hidden') return;
    const next = read();
    if (next === mode) return;
    mode = next;
    onChange(next);
  };
  signals.window?.addEventListener('focus', check);
  signals.document?.addEventListener('visibilitychange', check);
  signals.media?.addEventListener('change', check);
  return () => {
    signals.window?.removeEventListener('focus', check);
    signals.document?.removeEventListener('visibilitychange', check);
    signals.media?.removeEventListener('change', check);
  };
}

export function fluentTheme(mode: ThemeMode): Theme {
  return mode === 'dark' ? webDarkTheme : webLightTheme;
}
