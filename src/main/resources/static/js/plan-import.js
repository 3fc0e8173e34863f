// The Excel import page: template link for the chosen year, upload, problems listed, marked copy.
// (A file, not inline: the pages' Content-Security-Policy allows scripts from the app only.)
(() => {
  const page = JSON.parse(document.getElementById('import-page').textContent);
  const text = page.text;
  const base = page.base;
  const csrf = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  const year = () => document.getElementById('year').value;
  const templateLink = document.getElementById('template-link');
  const setTemplate = () => templateLink.href = base + 'api/plans/' + year() + '/template.xlsx';
  document.getElementById('year').addEventListener('input', setTemplate);
  setTemplate();
  function post(path, file) {
    const body = new FormData();
    body.append('file', file);
    const headers = {};
    if (csrf && csrfHeader) headers[csrfHeader.content] = csrf.content;
    return fetch(base + path, { method: 'POST', body, headers, credentials: 'same-origin' });
  }
  function el(tag, attrs, content) {
    const e = document.createElement(tag);
    Object.assign(e, attrs || {});
    if (content !== undefined) e.textContent = content;
    return e;
  }
  document.getElementById('import-form').addEventListener('submit', async event => {
    event.preventDefault();
    const file = document.getElementById('file').files[0];
    const result = document.getElementById('result');
    result.replaceChildren();
    let response, body;
    try {
      response = await post('api/plans/' + year() + '/import', file);
      body = await response.json();
    } catch (e) {
      result.append(el('p', { className: 'alert error' }, text.failed));
      return;
    }
    if (response.ok) {
      result.append(el('p', { className: 'alert info' }, body.message));
      const link = el('p');
      link.append(el('a', { href: base + 'plans/' + year(), id: 'open-plan' }, text.open));
      result.append(link);
      return;
    }
    result.append(el('p', { className: 'alert error', id: 'import-error' }, body.message));
    const list = el('ul', { id: 'import-problems', className: 'problems' });
    (body.fields || []).forEach(f => list.append(el('li', {}, f.message)));
    result.append(list);
    // A marked copy only helps when the problems are in cells; a file that is no workbook has none to mark.
    if ((body.fields || []).every(f => f.field === 'file')) return;
    const button = el('button', { type: 'button', id: 'download-marked' }, text.marked);
    button.addEventListener('click', async () => {
      const marked = await post('api/plans/' + year() + '/import/marked', file);
      if (!marked.ok) return;
      const url = URL.createObjectURL(await marked.blob());
      const a = el('a', { href: url, download: file.name.replace(/\.xlsx$/i, '') + '-errors.xlsx' });
      document.body.append(a); a.click(); a.remove();
    });
    result.append(button);
  });
})();
