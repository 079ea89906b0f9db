// Small SVG charts drawn by hand (no libraries): vertical bars over time and horizontal bars.
'use strict';
var Charts = (function () {
  var NS = 'http://www.w3.org/2000/svg';
  function svg(w, h, label) {
    var s = document.createElementNS(NS, 'svg');
    s.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    s.setAttribute('class', 'chart');
    s.setAttribute('role', 'img');
    s.setAttribute('aria-label', label);
    return s;
  }
  function add(parent, tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    parent.appendChild(e);
    return e;
  }
  // Columns for a series such as questions per day; every label would crowd, so every n-th is shown.
  function columns(data, label) {
    var keys = Object.keys(data), w = 640, h = 220, pad = 30;
    var max = Math.max.apply(null, keys.map(function (k) { return data[k]; }).concat([1]));
    var s = svg(w, h, label), bw = (w - pad * 2) / Math.max(keys.length, 1);
    add(s, 'line', { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, stroke: '#99a' });
    add(s, 'text', { x: 2, y: 12 }, String(max));
    keys.forEach(function (k, i) {
      var bh = (h - pad * 2) * data[k] / max;
      var r = add(s, 'rect', { x: pad + i * bw + 1, y: h - pad - bh, width: Math.max(bw - 2, 1), height: bh, fill: '#2f7dd1' });
      add(r, 'title', {}, k + ': ' + data[k]);
      if (i % Math.ceil(keys.length / 8) === 0) { add(s, 'text', { x: pad + i * bw, y: h - 10 }, k.substring(5)); }
    });
    return s;
  }
  // Horizontal bars for shares such as questions per channel or category.
  function bars(data, label) {
    var keys = Object.keys(data).slice(0, 12), w = 640, row = 24, h = row * keys.length + 10, left = 160;
    var max = Math.max.apply(null, keys.map(function (k) { return data[k]; }).concat([1]));
    var s = svg(w, Math.max(h, 40), label);
    keys.forEach(function (k, i) {
      var bw = (w - left - 60) * data[k] / max;
      add(s, 'text', { x: 4, y: i * row + 18 }, k.length > 24 ? k.substring(0, 23) + '…' : k);
      add(s, 'rect', { x: left, y: i * row + 6, width: Math.max(bw, 1), height: row - 8, fill: '#3a9d6b' });
      add(s, 'text', { x: left + bw + 6, y: i * row + 18 }, String(data[k]));
    });
    return s;
  }
  return { columns: columns, bars: bars };
})();
