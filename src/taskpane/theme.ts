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

export function fluentTheme(mode: ThemeMode): Theme {
  return mode === 'dark' ? webDarkTheme : webLightTheme;
}
