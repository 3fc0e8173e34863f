/*
 * The workbench's task page: renders the task's own Camunda Form with form-js (served by the app),
 * in the page's language, submits it to /api/workbench/…/complete and keeps the input when the
 * server refuses it; the evidence panel attaches, previews and removes files on the same page.
 */
(function () {
  'use strict';

  const page = document.getElementById('task');
  const taskId = page.dataset.taskId;
  const texts = document.getElementById('texts').dataset;
  const csrfToken = document.querySelector('meta[name="_csrf"]');
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function headers(extra) {
    const h = Object.assign({ 'Accept': 'application/json' }, extra || {});
    if (csrfToken && csrfHeader) {
      h[csrfHeader.content] = csrfToken.content;
    }
    return h;
  }

  function format(template, value) {
    return template.replace('{0}', value);
  }

  // A refusal's words and the form fields it names (their paths, such as values[3].value).
  async function refusalOf(response) {
    try {
      const body = await response.json();
      if (body && body.message) {
        return { message: body.message, fields: (body.fields || []).map((f) => f.field || f) };
      }
    } catch (e) {
      // not JSON: the generic text
    }
    return { message: texts.failed, fields: [] };
  }

  async function problemOf(response) {
    try {
      const body = await response.json();
      if (body && body.message) {
        return body.message;
      }
    } catch (e) {
      // not JSON: fall through to the generic text
    }
    return texts.failed;
  }

  // form-js 1.8 writes its validation messages in English; these are the ones it has.
  const MESSAGES = [
    [/^Field is required\.$/, () => texts.required],
    [/^Field must have minimum value of (.+)\.$/, (m) => format(texts.min, m[1])],
    [/^Field must have maximum value of (.+)\.$/, (m) => format(texts.max, m[1])],
    [/^Field must have minimum length of (.+)\.$/, (m) => format(texts.minLength, m[1])],
    [/^Field must have maximum length of (.+)\.$/, (m) => format(texts.maxLength, m[1])],
    [/^Field must match pattern (.+)\.$/, () => texts.pattern],
    [/^Field must be a valid email\.$/, () => texts.email],
    [/^Field must be a valid\s+international phone number/, () => texts.phone],
    [/^Value is not a number\.$/, () => texts.number],
    [/^Value is expected to be an integer\.$/, () => texts.integer],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => format(texts.decimals, m[1])]
  ];

  function translate(message) {
    for (const [pattern, text] of MESSAGES) {
      const m = pattern.exec(message);
      if (m) {
        return text(m);
      }
    }
    return message;
  }

  function speakTheLanguage(form) {
    const validator = form.get('validator');
    for (const method of ['validateField', 'validateFieldInstance']) {
      const original = validator[method].bind(validator);
      validator[method] = (...args) => original(...args).map(translate);
    }
  }

  // The few words form-js draws itself (dynamic lists, tables, searchable selects).
  const WORDS = { 'Add new': 'add', 'Nothing to show.': 'empty', 'Search': 'search' };

  function translateWords(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = node.nodeValue.trim();
      if (WORDS[word] && texts[WORDS[word]]) {
        node.nodeValue = node.nodeValue.replace(word, texts[WORDS[word]]);
      }
    }
    root.querySelectorAll('input[placeholder="Search"]').forEach((input) => { input.placeholder = texts.search; });
    root.querySelectorAll('input[placeholder="Select"]').forEach((input) => { input.placeholder = texts.select; });
    root.querySelectorAll('input[placeholder="hh:mm"]').forEach((input) => { input.placeholder = texts.timePlaceholder; });
  }

  // The date picker (flatpickr, drawn by form-js outside the form) names months and weekdays in English:
  // shown in the page's language instead. Only the words change; the dates it picks are the same.
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

  function translateCalendar(calendar) {
    const months = (texts.months || '').split(',');
    const weekdays = (texts.weekdays || '').split(',');
    if (months.length !== 12 || weekdays.length !== 7) {
      return;
    }
    calendar.querySelectorAll('.flatpickr-monthDropdown-month, .cur-month').forEach((node) => {
      const n = MONTHS.indexOf(node.textContent.trim());
      if (n >= 0) {
        node.textContent = months[n];
      }
    });
    calendar.querySelectorAll('.flatpickr-weekday').forEach((node) => {
      const n = WEEKDAYS.indexOf(node.textContent.trim());
      if (n >= 0) {
        node.textContent = weekdays[n];
      }
    });
  }

  new MutationObserver(() => document.querySelectorAll('.flatpickr-calendar').forEach(translateCalendar))
    .observe(document.body, { childList: true, subtree: true });

  // Dates as the rest of TargetFlow writes them, 2026-02-15, not form-js's 2/15/2026: the date picker shows
  // and reads ISO dates; what the form submits (an ISO date) does not change.
  function isoDates(root) {
    root.querySelectorAll('input').forEach((input) => {
      const picker = input._flatpickr;
      if (!picker || picker.targetflowIso) {
        return;
      }
      picker.targetflowIso = true;
      if (picker.config.noCalendar) {
        input.placeholder = texts.timePlaceholder || input.placeholder;
        return;
      }
      picker.set('dateFormat', 'Y-m-d');
      if (picker.selectedDates.length) {
        picker.setDate(picker.selectedDates[0], false);
      }
      input.placeholder = texts.datePlaceholder || input.placeholder;
    });
  }

  function hasErrors(errors) {
    return Object.values(errors || {}).some((list) => Array.isArray(list) ? list.some((e) => e) : !!list);
  }

  const container = document.getElementById('form');
  const button = document.getElementById('complete');
  const formError = document.getElementById('form-error');

  function showError(text) {
    formError.textContent = text;
    formError.hidden = false;
    formError.scrollIntoView({ block: 'center' });
  }

  // The form's fields by the path a refusal names them with: "narrative", "values.value" (a list's field).
  let fieldIds = {};

  function fieldIdsOf(schema) {
    const ids = {};
    (function walk(components, list) {
      for (const c of components || []) {
        if (c.type === 'dynamiclist') {
          walk(c.components, c.path);
        } else if (c.type === 'group') {
          walk(c.components, list);
        } else if (c.key) {
          ids[(list ? list + '.' : '') + c.key] = c.id;
        }
      }
    })(schema.components, null);
    return ids;
  }

  // Where the server refused, the fields it names are marked in the form itself, and the first is brought into view.
  function markRefused(paths) {
    container.querySelectorAll('.server-refused').forEach((field) => field.classList.remove('server-refused'));
    let first = null;
    for (const path of paths) {
      const row = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
      const id = row ? fieldIds[row[1] + '.' + row[3]] : fieldIds[path];
      const input = id && container.querySelector('[id$="-' + id + (row ? '_' + row[2] : '') + '"]');
      const field = input && input.closest('.fjs-form-field');
      if (field) {
        field.classList.add('server-refused');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'form-error');
        first = first || field;
      }
    }
    if (first) {
      first.scrollIntoView({ block: 'center' });
    }
  }

  async function startForm() {
    const response = await fetch('/api/workbench/tasks/' + encodeURIComponent(taskId) + '/form', { headers: headers() });
    if (!response.ok) {
      container.textContent = await problemOf(response);
      container.setAttribute('aria-busy', 'false');
      return;
    }
    const { schema, data } = await response.json();
    fieldIds = fieldIdsOf(schema);
    container.textContent = '';
    // No debounce: form-js otherwise stores what is typed 300 ms later, and a submit pressed at
    // once (or a phone turned sideways in between) reads the last field typed as empty.
    const form = new FormViewer.Form({ container, debounce: false });
    await form.importSchema(schema, data);
    speakTheLanguage(form);
    translateWords(container);
    isoDates(container);
    new MutationObserver(() => { translateWords(container); isoDates(container); })
      .observe(container, { childList: true, subtree: true });
    container.setAttribute('aria-busy', 'false');
    button.disabled = false;
    button.addEventListener('click', () => submit(form));
  }

  async function submit(form) {
    formError.hidden = true;
    const { data, errors } = form.submit();
    if (hasErrors(errors)) {
      showError(texts.fix);
      // The eye goes to the first field the form refused, its message under it (rendered on the next frame).
      requestAnimationFrame(() => {
        const first = container.querySelector('.fjs-has-errors');
        if (first) first.scrollIntoView({ block: 'center' });
      });
      return;
    }
    button.disabled = true;
    const label = button.textContent;
    button.textContent = texts.sending;
    try {
      const response = await fetch('/api/workbench/tasks/' + encodeURIComponent(taskId) + '/complete', {
        method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(data)
      });
      if (response.ok) {
        const body = await response.json();
        window.location.assign((body.next || '/') + '?completed=' + encodeURIComponent(taskId));
        return;
      }
      // The form keeps everything typed: the person corrects the marked fields and sends again.
      const refusal = await refusalOf(response);
      showError(refusal.message);
      markRefused(refusal.fields);
    } catch (e) {
      showError(texts.failed);
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  // Evidence (佐证材料) on the same page as the form.
  const evidence = document.getElementById('evidence');
  const evidenceList = document.getElementById('evidence-list');
  const evidenceError = document.getElementById('evidence-error');

  function evidenceUrl(id) {
    return '/api/tasks/' + encodeURIComponent(taskId) + '/evidence' + (id ? '/' + id : '');
  }

  function showEvidenceError(text) {
    evidenceError.textContent = text;
    evidenceError.hidden = !text;
  }

  async function loadEvidence() {
    const response = await fetch(evidenceUrl(), { headers: headers() });
    if (!response.ok) {
      showEvidenceError(await problemOf(response));
      return;
    }
    const files = await response.json();
    evidenceList.textContent = '';
    document.getElementById('evidence-none').hidden = files.length > 0;
    for (const file of files) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = file.url;
      link.target = '_blank';
      link.rel = 'noopener';
      if (file.contentType.startsWith('image/') && file.contentType !== 'image/heic') {
        const img = document.createElement('img');
        img.src = file.url;
        img.alt = file.fileName;
        link.appendChild(img);
      } else {
        const icon = document.createElement('span');
        icon.className = 'file-icon';
        icon.textContent = file.contentType === 'application/pdf' ? 'PDF' : 'HEIC';
        link.appendChild(icon);
      }
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = file.fileName;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link-danger';
      remove.textContent = texts.remove;
      remove.addEventListener('click', () => removeEvidence(file));
      item.append(link, name, remove);
      evidenceList.appendChild(item);
    }
  }

  async function removeEvidence(file) {
    if (!window.confirm(format(texts.confirmRemove, file.fileName))) {
      return;
    }
    const response = await fetch(evidenceUrl(file.id), { method: 'DELETE', headers: headers() });
    showEvidenceError(response.ok ? '' : await problemOf(response));
    await loadEvidence();
  }

  async function upload(event) {
    event.preventDefault();
    const input = document.getElementById('evidence-file');
    if (!input.files.length) {
      showEvidenceError(texts.pickFirst);
      return;
    }
    const uploadButton = document.getElementById('evidence-upload');
    uploadButton.disabled = true;
    showEvidenceError('');
    try {
      for (const file of input.files) {
        const body = new FormData();
        body.append('file', file);
        const response = await fetch(evidenceUrl(), { method: 'POST', headers: headers(), body });
        if (!response.ok) {
          showEvidenceError(file.name + '：' + await problemOf(response));
          break;
        }
      }
      input.value = '';
      await loadEvidence();
    } finally {
      uploadButton.disabled = false;
    }
  }

  // A comment is saved without leaving the page, so that what is typed in the form stays there;
  // the history is drawn again from the server to show it. Without script the form posts as usual.
  const commentForm = document.getElementById('comment-form');
  const commentStatus = document.getElementById('comment-status');

  function showCommentStatus(text, isError) {
    commentStatus.textContent = text;
    commentStatus.className = isError ? 'alert error' : 'alert info';
    commentStatus.hidden = false;
  }

  async function redrawHistory() {
    const response = await fetch('/api/workbench/tasks/' + encodeURIComponent(taskId) + '/history', { headers: headers() });
    if (!response.ok) {
      return;
    }
    const entries = await response.json();
    const section = document.getElementById('history');
    section.querySelectorAll('ol.timeline, p.muted').forEach((e) => e.remove());
    const list = document.createElement('ol');
    list.className = 'timeline';
    for (const entry of entries) {
      const item = document.createElement('li');
      item.className = entry.kind;
      const parts = [['span', 'when', entry.when], ['strong', '', entry.what], ['span', '', entry.who],
        ['span', 'note', entry.note]];
      for (const [tag, className, text] of parts) {
        if (text) {
          const part = document.createElement(tag);
          part.className = className;
          part.textContent = text;
          item.appendChild(part);
        }
      }
      list.appendChild(item);
    }
    section.appendChild(list);
  }

  commentForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const field = document.getElementById('comment');
    const save = document.getElementById('comment-save');
    save.disabled = true;
    try {
      const response = await fetch('/api/workbench/tasks/' + encodeURIComponent(taskId) + '/comments', {
        method: 'POST', headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ message: field.value })
      });
      if (!response.ok) {
        showCommentStatus(await problemOf(response), true);
        return;
      }
      field.value = '';
      showCommentStatus(texts.commentSaved, false);
      await redrawHistory();
    } catch (e) {
      showCommentStatus(texts.failed, true);
    } finally {
      save.disabled = false;
    }
  });

  // A review: the files under review open on this page, and the form's own evidence link (which in
  // Tasklist leads to the evidence page) brings the panel beside the form into view instead.
  const reviewEvidence = document.getElementById('review-evidence');
  const viewer = document.getElementById('evidence-viewer');
  if (reviewEvidence && viewer) {
    let opener = null;
    reviewEvidence.addEventListener('click', (event) => {
      const button = event.target.closest('.evidence-open');
      if (!button) return;
      opener = button;
      viewer.querySelector('img').src = button.dataset.src;
      viewer.querySelector('img').alt = button.dataset.name;
      document.getElementById('evidence-viewer-name').textContent = button.dataset.name;
      viewer.showModal();
    });
    document.getElementById('evidence-viewer-close').addEventListener('click', () => viewer.close());
    viewer.addEventListener('close', () => { if (opener) opener.focus(); });
    container.addEventListener('click', (event) => {
      const link = event.target.closest('a[href*="/evidence/reports/"], a[href*="/evidence/action-items/"]');
      if (!link) return;
      event.preventDefault();
      reviewEvidence.scrollIntoView({ block: 'start' });
      reviewEvidence.focus({ preventScroll: true });
    });
  }

  if (evidence) {
    document.getElementById('evidence-form').addEventListener('submit', upload);
    loadEvidence();
  }
  startForm().catch(() => {
    container.textContent = texts.failed;
    container.setAttribute('aria-busy', 'false');
  });
}());
