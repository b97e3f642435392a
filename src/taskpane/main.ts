import { runModel } from '../engine';
import { exampleModel } from '../examples';

/** Writes a summary of the example's scenarios into the pane. Text goes in as text, never as HTML. */
function renderSummary(root: HTMLElement): void {
  const model = exampleModel();
  const run = runModel(model);
  const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const h1 = document.createElement('h1');
  h1.textContent = `Budgetsim – ${model.name}`;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const text of ['Scenario', ...run.scenarios[0].years.map(String)]) {
    const th = document.createElement('th');
    th.textContent = text;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const s of run.scenarios) {
    const tr = body.insertRow();
    tr.insertCell().textContent = s.name;
    s.rollingShare.forEach((r, t) => {
      tr.insertCell().textContent = `${pct.format(r)} ${s.targetMet[t] ? '✓' : '✗'}`;
    });
  }
  root.replaceChildren(h1, table);
}

Office.onReady(() => {
  const root = document.getElementById('app');
  if (root) renderSummary(root);
});
