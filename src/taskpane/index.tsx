/**
 * The task pane's entry point (webpack entry `taskpane`, page `taskpane.html` with `<div id="root">`).
 * Office.onReady first: Excel's API and the theme are only there after it.
 */
import { mountTaskPane } from './mount';

void Office.onReady(() => {
  const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  mountTaskPane(root, { fill: true });
});
