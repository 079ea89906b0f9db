// Console core: the fetch helper with the CSRF header, a tiny router and DOM helpers.
'use strict';
var App = (function () {
  var meta = document.querySelector('meta[name=csrf]');
  var roles = (document.body.dataset.roles || '').split(' ');
  var rank = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };
  var pages = {};

  function may(role) {
    return roles.some(function (r) { return (rank[r] || 0) >= rank[role]; });
  }

  // Calls the console API; rejects with the server's message so pages can show it.
  function api(method, path, body) {
    var opts = { method: method, headers: {}, credentials: 'same-origin' };
    opts.headers[meta.dataset.header] = meta.content;
    if (body instanceof FormData) {
      opts.body = body;
    } else if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch('/admin/api' + path, opts).then(function (res) {
      if (res.status === 401) { location.href = '/admin/login'; }
      return res.text().then(function (t) {
        var data = t ? JSON.parse(t) : null;
        if (!res.ok) { var e = new Error((data && data.error) || res.statusText); e.data = data; throw e; }
        return data;
      });
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; }
      else if (k.indexOf('on') === 0) { e.addEventListener(k.substring(2), attrs[k]); }
      else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }

  function view(title) {
    var v = document.getElementById('view');
    v.innerHTML = '';
    v.appendChild(el('h1', { text: title }));
    return v;
  }

  function message(parent, text, ok) {
    var m = el('p', { 'class': 'msg ' + (ok ? 'ok' : 'error'), role: 'status', text: text });
    parent.insertBefore(m, parent.children[1] || null);
    return m;
  }

  function table(headers, rows) {
    var t = el('table', {}, [el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', { text: h }); }))])]);
    var body = el('tbody');
    rows.forEach(function (r) { body.appendChild(r); });
    t.appendChild(body);
    return t;
  }

  function field(label, input) { return el('label', {}, [label, input]); }

  function route() {
    var hash = location.hash.replace(/^#\//, '') || (may('EDITOR') ? 'faqs' : 'reports');
    var parts = hash.split('/');
    document.querySelectorAll('nav a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('href') === '#/' + parts[0]);
    });
    document.getElementById('nav').classList.remove('open');
    (pages[parts[0]] || pages.faqs)(decodeURIComponent(parts.slice(1).join('/')));
  }

  document.querySelectorAll('nav a[data-role]').forEach(function (a) { a.hidden = !may(a.dataset.role); });
  document.getElementById('menu-toggle').addEventListener('click', function () {
    document.getElementById('nav').classList.toggle('open');
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('DOMContentLoaded', route);

  function today(offset) {
    var d = new Date(Date.now() + 7 * 3600e3 + (offset || 0) * 86400e3);
    return d.toISOString().substring(0, 10);
  }

  return { api: api, el: el, view: view, message: message, table: table, field: field, pages: pages, may: may, today: today };
})();
