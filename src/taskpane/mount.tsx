/**
 * Render the pane into an element, inside Fluent's provider with Office's theme. The add-in's entry
 * (index.tsx) calls it after Office.onReady; the playground and the end-to-end harness call it after
 * installing the test host.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { fluentTheme, followOfficeTheme, officeThemeMode } from './theme';

/** The pane in Office's theme, read at start and again when the pane regains focus or visibility */
function ThemedPane({ fill }: { fill: boolean }) {
  const [mode, setMode] = React.useState(officeThemeMode);
  React.useEffect(() => followOfficeTheme(mode, setMode), [mode]);
  return (
    <FluentProvider theme={fluentTheme(mode)} style={{ minHeight: fill ? '100vh' : '100%' }}>
      <App />
    </FluentProvider>
  );
}

/** `fill`: paint the theme's background down the whole pane (in Office the pane is the page) */
export function mountTaskPane(root: HTMLElement, options: { fill?: boolean } = {}): void {
  createRoot(root).render(<ThemedPane fill={!!options.fill} />);
}
