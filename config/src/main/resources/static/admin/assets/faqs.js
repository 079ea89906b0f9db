// Knowledge-base pages: the entry list with filters, the edit form with channel previews, versions.
'use strict';
(function (A) {
  var AUD = { citizen: 'Người dân', staff: 'Cán bộ', all: 'Tất cả' };

  A.pages.faqs = function () {
    var v = A.view('Kho câu hỏi');
    var q = A.el('input', { id: 'faq-q', placeholder: 'Tìm theo mã, câu hỏi, nội dung…' });
    var cat = A.el('select', { id: 'faq-cat' }, [A.el('option', { value: '', text: 'Mọi chủ đề' })]);
    var aud = A.el('select', { id: 'faq-aud' }, [A.el('option', { value: '', text: 'Mọi đối tượng' })]
      .concat(Object.keys(AUD).map(function (k) { return A.el('option', { value: k, text: AUD[k] }); })));
    var list = A.el('div');
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Tìm', q), A.field('Chủ đề', cat), A.field('Đối tượng', aud),
      A.el('div', {}, [A.el('a', { 'class': 'button', href: '#/faq/new', text: '+ Thêm mục' })])]));
    v.appendChild(list);
    A.api('GET', '/faqs/categories').then(function (cs) {
      cs.forEach(function (c) { cat.appendChild(A.el('option', { value: c.id, text: c.title })); });
    });
    function load() {
      var p = new URLSearchParams({ q: q.value, category: cat.value, audience: aud.value });
      A.api('GET', '/faqs?' + p).then(function (entries) {
        list.innerHTML = '';
        list.appendChild(A.el('p', { 'class': 'muted', text: entries.length + ' mục' }));
        list.appendChild(A.table(['Mã', 'Câu hỏi', 'Đối tượng', 'Rà soát'], entries.map(function (e) {
          return A.el('tr', { 'class': 'click', 'data-id': e.id, onclick: function () { location.hash = '#/faq/' + e.id; } }, [
            A.el('td', { text: e.id }), A.el('td', { text: e.question }),
            A.el('td', { text: AUD[e.audience] || e.audience }), A.el('td', { 'class': 'hide-phone', text: e.reviewedOn || '' })]);
        })));
      });
    }
    var timer;
    [q, cat, aud].forEach(function (i) { i.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(load, 250); }); });
    load();
  };

  var FIELDS = [['id', 'Mã mục (vd: dvc.quen-mat-khau)'], ['audience', 'Đối tượng'], ['category', 'Chủ đề'],
    ['question', 'Câu hỏi chính'], ['alternates', 'Cách hỏi khác (mỗi dòng một cách, ít nhất 8)'],
    ['answer', 'Câu trả lời (tối đa 1.500 ký tự; {locality.hotline}…)'], ['links', 'Liên kết (mỗi dòng: Tiêu đề | https://…)'],
    ['legalBasis', 'Căn cứ pháp lý'], ['reviewedOn', 'Ngày rà soát'], ['related', 'Mục liên quan (mã, cách nhau dấu phẩy)']];

  function toForm(e) {
    return { id: e.id || '', audience: e.audience || 'citizen', category: e.category || '', question: e.question || '',
      alternates: (e.alternates || []).join('\n'), answer: e.answer || '',
      links: (e.links || []).map(function (l) { return l.title + ' | ' + l.url; }).join('\n'),
      legalBasis: e.legalBasis || '', reviewedOn: e.reviewedOn || A.today(), related: (e.related || []).join(', ') };
  }

  function fromForm(f) {
    function lines(s) { return s.split('\n').map(function (x) { return x.trim(); }).filter(Boolean); }
    return { id: f.id.value.trim(), audience: f.audience.value, category: f.category.value, question: f.question.value,
      alternates: lines(f.alternates.value), answer: f.answer.value,
      links: lines(f.links.value).map(function (l) { var i = l.lastIndexOf('|'); return { title: l.substring(0, i).trim(), url: l.substring(i + 1).trim() }; }),
      legalBasis: f.legalBasis.value, reviewedOn: f.reviewedOn.value,
      related: f.related.value.split(',').map(function (x) { return x.trim(); }).filter(Boolean) };
  }

  A.pages.faq = function (id) {
    var isNew = !id || id.indexOf('new') === 0;
    var v = A.view(isNew ? 'Thêm mục mới' : 'Sửa mục ' + id);
    var fromInbox = new URLSearchParams(location.hash.split('?')[1] || '');
    var load = isNew ? Promise.resolve({ question: fromInbox.get('q') || '' }) : A.api('GET', '/faqs/' + encodeURIComponent(id));
    Promise.all([load, A.api('GET', '/faqs/categories')]).then(function (r) { form(v, r[0], r[1], isNew, fromInbox.get('key')); })
      .catch(function (e) { A.message(v, e.message); });
  };

  function form(v, entry, cats, isNew, inboxKey) {
    var f = {}, values = toForm(entry), errors = A.el('div');
    var grid = A.el('div', { 'class': 'grid2' });
    var left = A.el('div', { 'class': 'card' }), right = A.el('div', { 'class': 'card' });
    FIELDS.forEach(function (p) {
      var input;
      if (p[0] === 'audience') {
        input = A.el('select', {}, Object.keys(AUD).map(function (k) { return A.el('option', { value: k, text: AUD[k] }); }));
      } else if (p[0] === 'category') {
        input = A.el('select', {}, cats.map(function (c) { return A.el('option', { value: c.id, text: c.id + ' — ' + c.title }); }));
      } else if (['alternates', 'answer', 'links'].indexOf(p[0]) >= 0) {
        input = A.el('textarea', { rows: p[0] === 'answer' ? 8 : 5 });
      } else {
        input = A.el('input', { type: p[0] === 'reviewedOn' ? 'date' : 'text' });
      }
      input.id = 'f-' + p[0];
      input.value = values[p[0]];
      if (p[0] === 'id' && !isNew) { input.readOnly = true; }
      f[p[0]] = input;
      left.appendChild(A.field(p[1], input));
    });
    var save = A.el('button', { id: 'save', type: 'button', text: 'Lưu' });
    var preview = A.el('button', { id: 'preview', type: 'button', 'class': 'secondary', text: 'Xem trước' });
    left.appendChild(A.el('div', { 'class': 'row' }, [save, preview,
      isNew ? null : A.el('button', { id: 'delete', type: 'button', 'class': 'danger', text: 'Xóa', onclick: remove })]));
    right.appendChild(A.el('h2', { text: 'Người dân sẽ thấy' }));
    var shown = A.el('div', { id: 'preview-out' });
    right.appendChild(shown);
    grid.appendChild(left);
    grid.appendChild(right);
    v.appendChild(errors);
    v.appendChild(grid);

    function showErrors(e) {
      errors.innerHTML = '';
      var m = A.el('div', { 'class': 'msg error', role: 'alert' }, [e.message]);
      ((e.data && e.data.errors) || []).forEach(function (x) { m.appendChild(A.el('div', { text: '• ' + x.field + ': ' + x.message })); });
      errors.appendChild(m);
    }
    function renderPreview() {
      A.api('POST', '/faqs/preview', fromForm(f)).then(function (p) {
        shown.innerHTML = '';
        [['zalo', 'Zalo'], ['telegram', 'Telegram']].forEach(function (c) {
          var box = A.el('div', { 'class': 'phone', 'data-channel': c[0] }, [A.el('strong', { text: c[1] })]);
          p[c[0]].messages.forEach(function (t) { box.appendChild(A.el('div', { 'class': 'bubble', text: t })); });
          p[c[0]].buttons.forEach(function (b) { box.appendChild(A.el('span', { 'class': 'chip', text: b })); });
          p[c[0]].warnings.forEach(function (w) { box.appendChild(A.el('p', { 'class': 'msg error', text: w })); });
          shown.appendChild(box);
          shown.appendChild(A.el('br'));
        });
      }).catch(showErrors);
    }
    preview.addEventListener('click', renderPreview);
    save.addEventListener('click', function () {
      var body = fromForm(f);
      var call = isNew ? A.api('POST', '/faqs', body) : A.api('PUT', '/faqs/' + encodeURIComponent(body.id), body);
      call.then(function (saved) {
        errors.innerHTML = '';
        errors.appendChild(A.el('p', { 'class': 'msg ok', role: 'status', id: 'saved', text: 'Đã lưu (phiên bản ' + saved.version + '). Bot dùng nội dung mới ngay.' }));
        if (inboxKey) { A.api('POST', '/unanswered/dismiss', { key: inboxKey }); }
        if (isNew) { location.hash = '#/faq/' + saved.id; }
        renderPreview();
      }).catch(showErrors);
    });
    function remove() {
      if (!confirm('Xóa mục ' + f.id.value + '?')) { return; }
      A.api('DELETE', '/faqs/' + encodeURIComponent(f.id.value)).then(function () { location.hash = '#/faqs'; }).catch(showErrors);
    }
    renderPreview();
  }

  A.pages.versions = function () {
    var v = A.view('Phiên bản kho câu hỏi');
    var out = A.el('div', { id: 'diff-out' });
    A.api('GET', '/versions').then(function (list) {
      v.appendChild(A.table(['#', 'Thời gian', 'Người sửa', 'Thao tác', 'Thêm/Sửa/Xóa', ''], list.map(function (x) {
        return A.el('tr', {}, [A.el('td', { text: String(x.version) }), A.el('td', { text: x.time.replace('T', ' ').substring(0, 19) }),
          A.el('td', { text: x.user }), A.el('td', { text: x.action + ' ' + (x.summary || '') }),
          A.el('td', { text: x.added + '/' + x.updated + '/' + x.deleted }),
          A.el('td', {}, [A.el('button', { 'class': 'secondary', text: 'So với trước', onclick: function () { diff(x.version - 1, x.version); } }),
            A.el('button', { 'class': 'danger', text: 'Quay về bản này', onclick: function () { rollback(x.version); } })])]);
      })));
      v.appendChild(out);
    });
    function diff(a, b) {
      A.api('GET', '/versions/diff?from=' + a + '&to=' + b).then(function (d) {
        out.innerHTML = '';
        out.appendChild(A.el('h2', { text: 'Khác biệt ' + a + ' → ' + b }));
        d.added.forEach(function (e) { out.appendChild(A.el('p', { text: '+ Thêm ' + e.id })); });
        d.removed.forEach(function (e) { out.appendChild(A.el('p', { text: '− Xóa ' + e.id })); });
        d.changed.forEach(function (c) {
          c.fields.forEach(function (x) {
            out.appendChild(A.el('p', { text: '~ ' + c.id + ' · ' + x.field + ': ' + JSON.stringify(x.before) + ' → ' + JSON.stringify(x.after) }));
          });
        });
      });
    }
    function rollback(n) {
      if (!confirm('Đưa kho câu hỏi về phiên bản ' + n + '?')) { return; }
      A.api('POST', '/versions/' + n + '/rollback').then(function () { A.pages.versions(); });
    }
  };
})(App);
