// Demo page wiring: the controls set attributes on every section; the report JSON is computed with the
// same core the elements use. Elements not built yet stay as plain unknown tags.
import { reportFromText } from '/dist/dyn-usage-kit.js';

const SAMPLE = '/demo/data/dynamics-usage-sample.csv';
const sections = () => document.querySelectorAll('.sections > *, .pair > *');

document.getElementById('controls').addEventListener('change', (event) => {
  const { name, value } = event.target;
  for (const section of sections()) {
    if (section.tagName.startsWith('DYN-')) {
      if (value) section.setAttribute(name, value);
      else section.removeAttribute(name);
    }
  }
});

const response = await fetch(SAMPLE);
const report = reportFromText(await response.text());
// Trim the long arrays so the page stays light; the CLI prints them whole.
const shown = {
  ...report,
  subscriptions: { total: report.subscriptions.total, rows: report.subscriptions.rows.slice(0, 3) },
  topCustomers: { ...report.topCustomers, customers: report.topCustomers.customers.slice(0, 5) },
};
document.getElementById('report-json').textContent = JSON.stringify(shown, null, 2);
