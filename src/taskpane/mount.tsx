/**
 * Render the pane into an element, inside Fluent's provider with Office's theme. The add-in's entry
 * (index.tsx) calls it after Office.onReady; the playground and the end-to-end harness call it after
 * installing the test host.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { fluentTheme, officeThemeMode } from './theme';

/** `fill`: paint the theme's background down the whole pane (in Office the pane is the page) */
export function mountTaskPane(root: HTMLElement, options: { fill?: boolean } = {}): void {
  createRoot(root).render(
    <FluentProvider theme={fluentTheme(officeThemeMode())} style={{ minHeight: options.fill ? '100vh' : '100%' }}>
      <App />
    </FluentProvider>,
  );
}
