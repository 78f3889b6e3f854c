// Gongkai report editor: each change is sent to the server's rule engine (the page's Check handler) and the findings it
// returns replace the list beside the form; the cells they name are marked. No rule runs here. Without JavaScript the
// 「检查」 button does the same with a page load.
(() => {
  const form = document.getElementById('editor');
  const out = document.getElementById('findings');
  if (!form || !out) return;
  const rank = { info: 1, warning: 2, error: 3 };
  let timer = 0, sequence = 0, dirty = false, saving = false;

  function mark() {
    for (const td of form.querySelectorAll('td[data-cell]')) {
      td.classList.remove('finding', 'finding-error', 'finding-warning', 'finding-info');
      td.removeAttribute('title');
      for (const a of td.querySelectorAll('a.finding-link')) a.remove();
    }
    const worst = new Map();
    for (const li of out.querySelectorAll('li[data-cell]')) {
      const path = li.dataset.cell;
      if (!path) continue;
      const td = form.querySelector(`td[data-cell="${CSS.escape(path)}"]`);
      if (!td) continue;
      const severity = li.dataset.severity;
      if (!worst.has(path) || rank[severity] > rank[worst.get(path)]) worst.set(path, severity);
      td.title = (td.title ? td.title + '\n' : '') + li.dataset.message;
    }
    for (const [path, severity] of worst) {
      form.querySelector(`td[data-cell="${CSS.escape(path)}"]`).classList.add('finding', 'finding-' + severity);
    }
  }

  async function check() {
    const mine = ++sequence;
    out.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(form.dataset.check, { method: 'POST', body: new FormData(form), headers: { 'X-Gongkai-Live': '1' } });
      if (mine !== sequence) return;
      if (!response.ok) {
        out.insertAdjacentHTML('afterbegin', '<p class="error">检查失败（' + response.status + '），请稍后重试或点击「检查」。</p>');
        return;
      }
      out.innerHTML = await response.text();
      mark();
      form.dataset.checked = String(mine);
    } finally {
      if (mine === sequence) out.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('input', (e) => {
    if (e.target && e.target.name === 'reason') return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(check, 150);
  });
  form.addEventListener('submit', () => { saving = true; });
  window.addEventListener('beforeunload', (e) => { if (dirty && !saving) e.preventDefault(); });
})();
