import { followOfficeTheme, officeThemeMode, type ThemeMode } from './theme';

/** a stand-in for Office.context.officeTheme the test can change, as a user does in Office's options */
function withOfficeBackground(color: string): { set(c: string): void; restore(): void } {
  const g = globalThis as unknown as Record<string, unknown>;
  const before = g.Office;
  const theme = { bodyBackgroundColor: color };
  g.Office = { context: { officeTheme: theme } };
  return { set: (c) => (theme.bodyBackgroundColor = c), restore: () => (g.Office = before) };
}

function signals(visibility = 'visible') {
  const doc = Object.assign(new EventTarget(), { visibilityState: visibility });
  return { window: new EventTarget(), document: doc, media: new EventTarget() };
}

describe('following Office’s theme', () => {
  test('reads Office’s body colour at start', () => {
    const office = withOfficeBackground('#1f1f1f');
    try {
      expect(officeThemeMode()).toBe('dark');
      office.set('#ffffff');
      expect(officeThemeMode()).toBe('light');
    } finally {
      office.restore();
    }
  });

  test('a theme changed in Office shows when the pane regains focus or becomes visible, once per change', () => {
    const office = withOfficeBackground('#ffffff');
    const s = signals();
    const seen: ThemeMode[] = [];
    const stop = followOfficeTheme(officeThemeMode(), (m) => seen.push(m), officeThemeMode, s);
    try {
      s.window.dispatchEvent(new Event('focus'));
      expect(seen).toEqual([]); // nothing changed
      office.set('#262626');
      s.window.dispatchEvent(new Event('focus'));
      s.window.dispatchEvent(new Event('focus'));
      expect(seen).toEqual(['dark']);
      office.set('#f3f3f3');
      s.document.dispatchEvent(new Event('visibilitychange'));
      expect(seen).toEqual(['dark', 'light']);
    } finally {
      stop();
      office.restore();
    }
  });

  test('a hidden pane does not re-read; a stopped follower hears nothing', () => {
    const office = withOfficeBackground('#ffffff');
    const s = signals('hidden');
    const seen: ThemeMode[] = [];
    const stop = followOfficeTheme('light', (m) => seen.push(m), officeThemeMode, s);
    try {
      office.set('#1f1f1f');
      s.document.dispatchEvent(new Event('visibilitychange'));
      expect(seen).toEqual([]);
      s.document.visibilityState = 'visible';
      stop();
      s.window.dispatchEvent(new Event('focus'));
      s.media.dispatchEvent(new Event('change'));
      expect(seen).toEqual([]);
    } finally {
      office.restore();
    }
  });

  test('outside Office the browser’s preference change is followed too', () => {
    const s = signals();
    let prefersDark = false;
    const seen: ThemeMode[] = [];
    const stop = followOfficeTheme('light', (m) => seen.push(m), () => (prefersDark ? 'dark' : 'light'), s);
    prefersDark = true;
    s.media.dispatchEvent(new Event('change'));
    stop();
    expect(seen).toEqual(['dark']);
  });
});
