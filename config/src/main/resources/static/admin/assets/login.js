// Shows the message that matches the query string (?error, ?locked, ?logout).
document.querySelectorAll('[data-when]').forEach(function (el) {
  el.hidden = !new URLSearchParams(location.search).has(el.dataset.when);
});
