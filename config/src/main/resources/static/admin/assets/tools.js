// Editor tools: import/export, the test console and the unanswered inbox.
'use strict';
(function (A) {
  A.pages['import'] = function () {
    var v = A.view('Nhập / xuất kho câu hỏi');
    v.appendChild(A.el('div', { 'class': 'card' }, [
      A.el('h2', { text: 'Xuất' }),
      A.el('p', {}, [A.el('a', { 'class': 'button secondary', href: '/admin/api/faqs/template', text: 'Tải tệp mẫu .xlsx' }), ' ',
        A.el('a', { 'class': 'button secondary', href: '/admin/api/faqs/export?format=xlsx', text: 'Excel (.xlsx)' }), ' ',
        A.el('a', { 'class': 'button secondary', href: '/admin/api/faqs/export?format=csv', text: 'CSV' }), ' ',
        A.el('a', { 'class': 'button secondary', href: '/admin/api/faqs/export?format=json', text: 'JSON' })])]));
    var file = A.el('input', { id: 'import-file', type: 'file', accept: '.xlsx,.csv,.json' });
    var result = A.el('div', { id: 'import-result' });
    var go = A.el('button', { id: 'import-btn', type: 'button', text: 'Nhập tệp' });
    v.appendChild(A.el('div', { 'class': 'card' }, [A.el('h2', { text: 'Nhập' }),
      A.el('p', { 'class': 'muted', text: 'Mục trùng mã được cập nhật, mục mới được thêm, mục không có trong tệp giữ nguyên. Có lỗi ở bất kỳ dòng nào thì không thay đổi gì.' }),
      A.field('Tệp .xlsx, .csv hoặc .json', file), go, result]));
    go.addEventListener('click', function () {
      if (!file.files.length) { return; }
      var fd = new FormData();
      fd.append('file', file.files[0]);
      result.innerHTML = '';
      A.api('POST', '/faqs/import', fd).then(function (r) {
        result.appendChild(A.el('p', { 'class': 'msg ok', role: 'status', text: 'Đã nhập: thêm ' + r.added + ', cập nhật ' + r.updated + ', không đổi ' + r.unchanged + ' (phiên bản ' + r.version + ').' }));
      }).catch(function (e) {
        result.appendChild(A.el('p', { 'class': 'msg error', role: 'alert', text: 'Không nhập gì cả. ' + e.message }));
        var errs = (e.data && e.data.errors) || [];
        result.appendChild(A.table(['Dòng', 'Cột', 'Lỗi'], errs.map(function (x) {
          return A.el('tr', { 'class': 'import-error' }, [A.el('td', { text: String(x.row) }), A.el('td', { text: x.field }), A.el('td', { text: x.message })]);
        })));
      });
    });
  };

  A.pages.test = function () {
    var v = A.view('Thử câu hỏi');
    var q = A.el('input', { id: 'test-q', placeholder: 'Gõ câu hỏi như người dân, ví dụ: quen mk dvc' });
    var aud = A.el('select', { id: 'test-aud' }, [A.el('option', { value: 'citizen', text: 'Người dân' }), A.el('option', { value: 'staff', text: 'Cán bộ' })]);
    var out = A.el('div', { id: 'test-out' });
    var go = A.el('button', { id: 'test-btn', type: 'button', text: 'Thử' });
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Câu hỏi', q), A.field('Hỏi với tư cách', aud), A.el('div', {}, [go])]));
    v.appendChild(out);
    function run() {
      A.api('GET', '/test-search?q=' + encodeURIComponent(q.value) + '&audience=' + aud.value).then(function (r) {
        out.innerHTML = '';
        var label = { answer: 'Bot trả lời', clarify: 'Bot hỏi lại', decline: 'Bot từ chối' }[r.decision];
        out.appendChild(A.el('div', { 'class': 'card' }, [A.el('span', { 'class': 'tag ' + (r.decision === 'answer' ? 'ok' : r.decision === 'clarify' ? 'warn' : 'bad'), text: label }),
          A.el('p', { text: r.reason })]));
        out.appendChild(A.table(['Mã', 'Câu hỏi', 'Độ tin cậy', 'Từ khớp'], r.hits.map(function (h) {
          return A.el('tr', {}, [A.el('td', {}, [A.el('a', { href: '#/faq/' + h.id, text: h.id })]), A.el('td', { text: h.question }),
            A.el('td', { text: h.confidence.toFixed(2) }), A.el('td', { text: h.matchedWords.join(', ') })]);
        })));
      }).catch(function (e) { A.message(v, e.message); });
    }
    go.addEventListener('click', run);
    q.addEventListener('keydown', function (e) { if (e.key === 'Enter') { run(); } });
  };

  A.pages.inbox = function () {
    var v = A.view('Câu hỏi chưa trả lời được');
    var from = A.el('input', { type: 'date', value: A.today(-29) }), to = A.el('input', { type: 'date', value: A.today() });
    var list = A.el('div');
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Từ ngày', from), A.field('Đến ngày', to),
      A.el('div', {}, [A.el('button', { type: 'button', text: 'Xem', onclick: load })])]));
    v.appendChild(list);
    var REASON = { declined: 'từ chối', lowConfidence: 'chưa chắc', downRated: '👎' };
    function load() {
      A.api('GET', '/unanswered?from=' + from.value + '&to=' + to.value).then(function (r) {
        list.innerHTML = '';
        if (!r.groups.length) { list.appendChild(A.el('p', { 'class': 'muted', text: 'Không có câu hỏi nào cần xử lý.' })); }
        r.groups.forEach(function (g) {
          var entry = A.el('input', { placeholder: 'mã mục, vd dvc.track', value: g.suggestedEntryId || '' });
          var card = A.el('div', { 'class': 'card inbox-group' }, [
            A.el('strong', { text: g.examples[0] }), ' ', A.el('span', { 'class': 'tag', text: g.count + ' lần' }), ' ',
            A.el('span', { 'class': 'muted', text: Object.keys(g.reasons).map(function (k) { return REASON[k] + ' ' + g.reasons[k]; }).join(', ') + ' · gần nhất ' + g.lastSeen.substring(0, 10) }),
            A.el('ul', {}, g.examples.slice(1).map(function (x) { return A.el('li', { text: x }); })),
            A.el('div', { 'class': 'row' }, [A.field('Thêm làm cách hỏi khác của mục', entry),
              A.el('div', {}, [A.el('button', { type: 'button', text: 'Thêm', onclick: function () {
                A.api('POST', '/unanswered/alternate', { key: g.key, text: g.examples[0], entryId: entry.value.trim() })
                  .then(load).catch(function (e) { A.message(v, e.message); });
              } }), ' ',
              A.el('a', { 'class': 'button secondary', href: '#/faq/new?q=' + encodeURIComponent(g.examples[0]) + '&key=' + encodeURIComponent(g.key), text: 'Tạo mục mới' }), ' ',
              A.el('button', { type: 'button', 'class': 'secondary', text: 'Bỏ qua', onclick: function () {
                A.api('POST', '/unanswered/dismiss', { key: g.key }).then(load);
              } })])])]);
          list.appendChild(card);
        });
      }).catch(function (e) { A.message(v, e.message); });
    }
    load();
  };
})(App);
