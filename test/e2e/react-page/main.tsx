// The README's React example, run for real: the wrapper sets properties and maps events to props.
import { createRoot } from 'react-dom/client';
import { UsageSummary } from '../../../src/react/index.js';

declare global {
  interface Window {
    loadedRows?: number;
  }
}

createRoot(document.getElementById('root')!).render(
  <UsageSummary
    src="/sample.csv"
    locale="nl"
    onLoad={(event) => {
      window.loadedRows = event.detail.input.rows;
    }}
  />,
);
