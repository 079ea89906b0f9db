// Tickets (feedback answered to citizens), users and the audit trail.
'use strict';
(function (A) {
  var STATUS = { NEW: 'Mới', IN_PROGRESS: 'Đang xử lý', ANSWERED: 'Đã trả lời', CLOSED: 'Đã đóng' };
  function options(map, all) {
    return [A.el('option', { value: '', text: all })].concat(Object.keys(map).map(function (k) { return A.el('option', { value: k, text: map[k] }); }));
  }

  A.pages.tickets = function (number) {
    if (number) { return ticket(number); }
    var v = A.view('Phản ánh, kiến nghị');
    var status = A.el('select', {}, options(STATUS, 'Mọi trạng thái'));
    var channel = A.el('select', {}, options({ zalo: 'Zalo', telegram: 'Telegram', web: 'Web' }, 'Mọi kênh'));
    var list = A.el('div');
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Trạng thái', status), A.field('Kênh', channel)]));
    v.appendChild(list);
    function load() {
      A.api('GET', '/tickets?status=' + status.value + '&channel=' + channel.value).then(function (ts) {
        list.innerHTML = '';
        list.appendChild(A.table(['Số phiếu', 'Kênh', 'Nội dung', 'Trạng thái'], ts.map(function (t) {
          return A.el('tr', { 'class': 'click', onclick: function () { location.hash = '#/tickets/' + t.number; } }, [
            A.el('td', { text: t.number }), A.el('td', { text: t.channel }), A.el('td', { text: t.content }),
            A.el('td', {}, [A.el('span', { 'class': 'tag', text: STATUS[t.status] })])]);
        })));
      });
    }
    status.addEventListener('change', load);
    channel.addEventListener('change', load);
    load();
  };

  function ticket(number) {
    var v = A.view('Phiếu ' + number);
    A.api('GET', '/tickets/' + encodeURIComponent(number)).then(function (t) {
      var status = A.el('select', {}, Object.keys(STATUS).map(function (k) { return A.el('option', { value: k, text: STATUS[k] }); }));
      status.value = t.status;
      var answer = A.el('textarea', { id: 'ticket-answer' });
      v.appendChild(A.el('div', { 'class': 'card' }, [A.el('p', { text: t.content }),
        A.el('p', { 'class': 'muted', text: 'Kênh: ' + t.channel + ' · Liên hệ để lại: ' + (t.contact || '(không có)') + ' · Gửi lúc ' + t.createdAt }),
        t.answer ? A.el('p', {}, ['Đã trả lời: ', t.answer, ' — ', A.el('span', { 'class': 'tag ' + (t.delivery === 'DELIVERED' || t.delivery === 'STORED' ? 'ok' : 'bad'), text: t.delivery || '' }), ' ', t.deliveryDetail || '']) : null,
        A.field('Trạng thái', status),
        A.field('Trả lời người dân (gửi qua kênh họ đã nhắn)', answer),
        A.el('button', { type: 'button', text: 'Gửi trả lời', onclick: function () {
          A.api('POST', '/tickets/' + encodeURIComponent(number) + '/answer', { text: answer.value }).then(function () { ticket(number); })
            .catch(function (e) { A.message(v, e.message); });
        } })]));
      status.addEventListener('change', function () { A.api('PUT', '/tickets/' + encodeURIComponent(number) + '/status', { status: status.value }); });
    }).catch(function (e) { A.message(v, e.message); });
  }

  A.pages.users = function () {
    var v = A.view('Người dùng');
    var name = A.el('input', { placeholder: 'ten.dang.nhap' }), pass = A.el('input', { type: 'password' });
    var role = A.el('select', {}, ['VIEWER', 'EDITOR', 'ADMIN'].map(function (r) { return A.el('option', { value: r, text: r }); }));
    var list = A.el('div');
    v.appendChild(A.el('div', { 'class': 'card row' }, [A.field('Tên đăng nhập', name), A.field('Mật khẩu (≥ 10 ký tự)', pass), A.field('Vai trò', role),
      A.el('div', {}, [A.el('button', { type: 'button', text: 'Tạo', onclick: function () {
        A.api('POST', '/users', { username: name.value, password: pass.value, role: role.value }).then(load).catch(function (e) { A.message(v, e.message); });
      } })])]));
    v.appendChild(list);
    function load() {
      A.api('GET', '/users').then(function (us) {
        list.innerHTML = '';
        list.appendChild(A.table(['Tên', 'Vai trò', 'Tạo lúc', ''], us.map(function (u) {
          return A.el('tr', {}, [A.el('td', { text: u.username }), A.el('td', { text: u.role }), A.el('td', { text: u.createdAt.substring(0, 10) }),
            A.el('td', {}, [A.el('button', { type: 'button', 'class': 'danger', text: 'Xóa', onclick: function () {
              if (confirm('Xóa ' + u.username + '?')) { A.api('DELETE', '/users/' + u.username).then(load).catch(function (e) { A.message(v, e.message); }); }
            } })])]);
        })));
      });
    }
    load();
  };

  A.pages.audit = function () {
    var v = A.view('Nhật ký thay đổi');
    A.api('GET', '/audit?limit=300').then(function (rows) {
      v.appendChild(A.table(['Thời gian', 'Người', 'Thao tác', 'Đối tượng', 'Trước → sau'], rows.map(function (r) {
        var detail = JSON.stringify(r.before) + ' → ' + JSON.stringify(r.after);
        return A.el('tr', {}, [A.el('td', { text: r.time.replace('T', ' ').substring(0, 19) }), A.el('td', { text: r.user }),
          A.el('td', { text: r.action }), A.el('td', { text: r.target }),
          A.el('td', { 'class': 'hide-phone' }, [A.el('details', {}, [A.el('summary', { text: 'Xem' }), A.el('pre', { text: detail.substring(0, 4000) })])])]);
      })));
    });
  };
})(App);
