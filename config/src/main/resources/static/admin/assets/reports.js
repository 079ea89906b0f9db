// The report page: key figures, hand-drawn charts, tables and export links.
'use strict';
(function (A) {
  var CH = { zalo: 'Zalo', telegram: 'Telegram', web: 'Web' };
  A.pages.reports = function () {
    var v = A.view('Báo cáo');
    var from = A.el('input', { id: 'r-from', type: 'date', value: A.today(-29) }), to = A.el('input', { id: 'r-to', type: 'date', value: A.today() });
    var out = A.el('div', { id: 'report-out' });
    var links = A.el('div');
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Từ ngày', from), A.field('Đến ngày', to),
      A.el('div', {}, [A.el('button', { id: 'report-load', type: 'button', text: 'Xem báo cáo', onclick: load })]), links]));
    v.appendChild(out);
    function kpi(label, value) { return A.el('div', { 'class': 'kpi' }, [A.el('b', { text: String(value) }), label]); }
    function load() {
      var range = 'from=' + from.value + '&to=' + to.value;
      links.innerHTML = '';
      links.appendChild(A.el('a', { 'class': 'button secondary', href: '/admin/api/reports/summary/export?format=xlsx&' + range, text: 'Tải .xlsx' }));
      links.appendChild(document.createTextNode(' '));
      links.appendChild(A.el('a', { 'class': 'button secondary', href: '/admin/api/reports/summary/export?format=csv&' + range, text: 'Tải .csv' }));
      A.api('GET', '/reports/summary?' + range).then(function (r) {
        out.innerHTML = '';
        out.appendChild(A.el('div', { 'class': 'kpis' }, [kpi('Câu hỏi', r.questions), kpi('Đã trả lời', r.answered),
          kpi('Hỏi lại', r.clarified), kpi('Từ chối', r.declined), kpi('Tỷ lệ trả lời', Math.round(r.answerRate * 100) + '%'),
          kpi('👍 / 👎', r.ratings.up + ' / ' + r.ratings.down), kpi('Chuyển cán bộ', r.handoffs), kpi('Phản ánh', r.tickets)]));
        var byChannel = {};
        Object.keys(r.byChannel).forEach(function (k) { byChannel[CH[k] || k] = r.byChannel[k]; });
        out.appendChild(A.el('h2', { text: 'Câu hỏi theo ngày' }));
        out.appendChild(Charts.columns(r.byDay, 'Câu hỏi theo ngày'));
        out.appendChild(A.el('div', { 'class': 'grid2' }, [
          A.el('div', {}, [A.el('h2', { text: 'Theo kênh' }), Charts.bars(byChannel, 'Theo kênh')]),
          A.el('div', {}, [A.el('h2', { text: 'Theo chủ đề' }), Charts.bars(r.byCategory, 'Theo chủ đề')])]));
        out.appendChild(A.el('h2', { text: 'Câu hỏi nhiều nhất' }));
        out.appendChild(A.table(['Câu hỏi', 'Số lần', 'Mục trả lời'], r.topQuestions.map(function (t) {
          return A.el('tr', {}, [A.el('td', { text: t.text }), A.el('td', { text: String(t.count) }), A.el('td', { text: t.entryId || '—' })]);
        })));
        out.appendChild(A.el('h2', { text: 'Chủ đề tăng so với kỳ trước' }));
        out.appendChild(A.table(['Chủ đề', 'Kỳ này', 'Kỳ trước'], r.risingTopics.map(function (t) {
          return A.el('tr', {}, [A.el('td', { text: t.question }), A.el('td', { text: String(t.count) }), A.el('td', { text: String(t.previous) })]);
        })));
        out.appendChild(A.el('h2', { text: 'Cách hỏi đã bổ sung trong kỳ' }));
        out.appendChild(A.el('ul', {}, r.alternatesAdded.map(function (a) { return A.el('li', { text: a.text + ' (' + a.user + ')' }); })));
      }).catch(function (e) { A.message(v, e.message); });
    }
    load();
  };
})(App);
