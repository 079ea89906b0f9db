/*
 * Web chat for "Trợ lý Hành chính công".
 * Talks to POST /api/v1/chat, and to POST /api/v1/chat/messages for staff answers to the visitor's
 * feedback (fetched on opening, every minute while the page is visible, and after each turn).
 * No frameworks, no external resources.
 * Everything the server sends is rendered with textContent / DOM nodes, never innerHTML.
 */
(function () {
  'use strict';

  const API_URL = 'api/v1/chat';
  const MESSAGES_URL = 'api/v1/chat/messages';
  const MESSAGES_EVERY_MS = 60000;
  const MAX_CHARS = 2000;
  const COUNTER_FROM = 1500;          // show the character counter from this length on
  const REQUEST_TIMEOUT_MS = 20000;
  const CONTEXT_ABOVE_PX = 56;       // how much of the question stays visible above a long answer
  const VISITOR_KEY = 'hcc-bot.visitorId';
  const SHOWN_KEY = 'hcc-bot.shownMessage';
  const ERROR_TEXT = 'Xin lỗi, kết nối đang gián đoạn. Anh/Chị vui lòng thử lại.';
  const WELCOME_TEXT = 'Xin chào Anh/Chị! Tôi là trợ lý ảo hỗ trợ thủ tục hành chính và dịch vụ công. '
    + 'Anh/Chị gõ câu hỏi bên dưới hoặc chọn một mục để bắt đầu.';
  const STAFF_ANSWER_INTRO = 'Cán bộ Trung tâm đã phản hồi góp ý của Anh/Chị như sau:';
  const QUICK_STARTS = ['Menu', 'Nộp hồ sơ trực tuyến', 'Tra cứu hồ sơ', 'Gặp cán bộ'];
  // http(s) URLs in plain text; trailing punctuation is trimmed off in linkify().
  const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
  const TRAILING_PUNCTUATION = /[.,;:!?)\]}»”’]+$/;

  let list;       // the message list (role=log)
  let form;
  let input;
  let sendButton;
  let counter;
  let typingRow = null;
  let busy = false;
  let visitorId;
  let fetchingMessages = false;
  let shownMessage = 0;

  /* ---------- ids ---------- */

  /** A random RFC 4122 version-4 UUID; crypto.randomUUID needs a secure context, so fall back. */
  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      try {
        return window.crypto.randomUUID();
      } catch (e) { /* insecure context: fall through */ }
    }
    const bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-'
      + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** The highest staff-answer number this browser has shown, kept like the visitor id. */
  function loadShown() {
    try {
      const n = Number(window.localStorage.getItem(SHOWN_KEY));
      return Number.isSafeInteger(n) && n > 0 ? n : 0;
    } catch (e) {
      return 0;
    }
  }

  function rememberShown(id) {
    shownMessage = Math.max(shownMessage, id);
    try {
      window.localStorage.setItem(SHOWN_KEY, String(shownMessage));
    } catch (e) {
      /* storage blocked: kept in memory for this page */
    }
  }

  /** The visitor's stable id, kept in localStorage (in memory only when storage is blocked). */
  function loadVisitorId() {
    try {
      let id = window.localStorage.getItem(VISITOR_KEY);
      if (!id || !/^[0-9a-f-]{36}$/i.test(id)) {
        id = uuid();
        window.localStorage.setItem(VISITOR_KEY, id);
      }
      return id;
    } catch (e) {
      return uuid();
    }
  }

  /* ---------- rendering ---------- */

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** Returns the URL if it is a well-formed http(s) URL, otherwise null. */
  function safeUrl(raw) {
    try {
      const url = new URL(raw, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(href, text, className) {
    const a = el('a', className, text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  /** Appends text to parent as text nodes, turning http(s) URLs into links; line breaks stay (CSS pre-wrap). */
  function linkify(parent, text) {
    let last = 0;
    URL_PATTERN.lastIndex = 0;
    let match;
    while ((match = URL_PATTERN.exec(text)) !== null) {
      let raw = match[0];
      const trailing = raw.match(TRAILING_PUNCTUATION);
      if (trailing) raw = raw.slice(0, raw.length - trailing[0].length);
      const href = safeUrl(raw);
      if (!href || raw.length === 0) continue;
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      parent.appendChild(externalLink(href, raw, 'inline-link'));
      last = match.index + raw.length;
      URL_PATTERN.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /** Adds a row to the message list and returns it. */
  function addRow(who, extraClass) {
    const row = el('div', 'msg msg--' + who + (extraClass ? ' ' + extraClass : ''));
    list.insertBefore(row, typingRow);   // typingRow null => append
    return row;
  }

  function addUserMessage(text) {
    const row = addRow('user');
    const bubble = el('div', 'bubble bubble--user');
    bubble.appendChild(el('span', 'visually-hidden', 'Anh/Chị: '));
    bubble.appendChild(document.createTextNode(text));
    row.appendChild(bubble);
    return row;
  }

  function addBotText(text, extraClass) {
    const row = addRow('bot', extraClass);
    const bubble = el('div', 'bubble bubble--bot');
    bubble.appendChild(el('span', 'visually-hidden', 'Trợ lý: '));
    linkify(bubble, text || '');
    row.appendChild(bubble);
    return row;
  }

  function isRating(payload) {
    return payload.indexOf('rate:') === 0;
  }

  /** Buttons under a bot message: related entries and menus in one group, 👍/👎 in their own row. */
  function renderButtons(row, buttons) {
    const choices = buttons.filter((b) => !isRating(b.payload));
    const ratings = buttons.filter((b) => isRating(b.payload));
    if (choices.length) {
      const group = el('div', 'actions');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', 'Lựa chọn');
      choices.forEach((b) => group.appendChild(replyButton(b, 'chip chip--choice')));
      row.appendChild(group);
    }
    if (ratings.length) {
      const group = el('div', 'actions actions--rating');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', 'Đánh giá câu trả lời');
      group.appendChild(el('span', 'actions__prompt', 'Câu trả lời có hữu ích không?'));
      ratings.forEach((b) => group.appendChild(replyButton(b, 'chip chip--rating')));
      row.appendChild(group);
    }
  }

  function replyButton(button, className) {
    const b = el('button', className, button.label);
    b.type = 'button';
    b.dataset.payload = button.payload;
    b.addEventListener('click', () => onButton(b, button));
    return b;
  }

  function renderLinks(row, links) {
    const valid = links.map((l) => ({ title: l.title || l.url, href: safeUrl(l.url) })).filter((l) => l.href);
    if (!valid.length) return;
    const group = el('div', 'links');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Liên kết tham khảo');
    valid.forEach((l) => {
      const a = externalLink(l.href, l.title, 'chip chip--link');
      a.setAttribute('aria-label', l.title + ' (mở trong thẻ mới)');
      group.appendChild(a);
    });
    row.appendChild(group);
  }

  /** Renders the server's replies; returns the first new row (or null). */
  function renderReplies(replies) {
    let first = null;
    replies.forEach((r) => {
      const row = addBotText(typeof r.text === 'string' ? r.text : '');
      // Sources first (they belong to the answer), then related entries, then 👍/👎.
      if (Array.isArray(r.links)) {
        renderLinks(row, r.links.filter((l) => l && typeof l.url === 'string'));
      }
      if (Array.isArray(r.buttons)) {
        renderButtons(row, r.buttons.filter((b) => b && typeof b.label === 'string' && typeof b.payload === 'string'));
      }
      if (!first) first = row;
    });
    return first;
  }

  /** A staff answer to the visitor's feedback: a bot bubble opened by a short line saying what it is. */
  function addStaffAnswer(text) {
    const row = addRow('bot', 'msg--staff-answer');
    const bubble = el('div', 'bubble bubble--bot bubble--staff-answer');
    bubble.appendChild(el('span', 'bubble__intro', STAFF_ANSWER_INTRO));
    linkify(bubble, text);
    row.appendChild(bubble);
    return row;
  }

  function showTyping() {
    typingRow = el('div', 'msg msg--bot msg--typing');
    const bubble = el('div', 'bubble bubble--bot typing');
    bubble.setAttribute('role', 'status');
    bubble.appendChild(el('span', 'visually-hidden', 'Trợ lý đang trả lời…'));
    for (let i = 0; i < 3; i++) bubble.appendChild(el('span', 'typing__dot'));
    typingRow.appendChild(bubble);
    list.appendChild(typingRow);
    scrollToBottom();
  }

  function hideTyping() {
    if (typingRow) typingRow.remove();
    typingRow = null;
  }

  function scrollToBottom() {
    list.scrollTop = list.scrollHeight;
  }

  /**
   * Shows new replies. A long answer is shown from its top (with the end of the question above it)
   * instead of jumping to its last line; short replies just scroll to the bottom.
   */
  function scrollToShow(row) {
    const top = row ? row.offsetTop - CONTEXT_ABOVE_PX : list.scrollHeight;
    if (list.scrollHeight - top <= list.clientHeight) {
      scrollToBottom();
    } else {
      list.scrollTop = Math.max(0, top);
    }
  }

  /* ---------- sending ---------- */

  function setBusy(value) {
    busy = value;
    list.setAttribute('aria-busy', value ? 'true' : 'false');
    updateSendState();
  }

  function updateSendState() {
    const length = input.value.length;
    sendButton.disabled = busy || input.value.trim().length === 0 || length > MAX_CHARS;
    counter.textContent = length >= COUNTER_FROM ? length.toLocaleString('vi-VN') + '/' + MAX_CHARS.toLocaleString('vi-VN') : '';
    counter.classList.toggle('composer__counter--full', length >= MAX_CHARS);
  }

  /** POSTs one turn; resolves with the replies array or rejects on network/HTTP errors. */
  async function postTurn(body) {
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS) : null;
    try {
      const res = await fetch(API_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(Object.assign({ userId: visitorId, messageId: uuid() }, body)),
        signal: controller ? controller.signal : undefined,
        credentials: 'same-origin',
      });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const data = await res.json();
      return Array.isArray(data.replies) ? data.replies : [];
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  /* ---------- waiting messages (staff answers to feedback) ---------- */

  /**
   * Fetches the messages waiting for this visitor and shows the ones not shown yet. The call says
   * the highest message number already shown, so the server can drop those; until then it keeps
   * them and a response lost on the way costs nothing. Runs in the background: a failure is
   * silent and the next call simply tries again.
   */
  async function fetchWaitingMessages() {
    if (fetchingMessages) return;
    fetchingMessages = true;
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS) : null;
    try {
      const res = await fetch(MESSAGES_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ userId: visitorId, shown: shownMessage }),
        signal: controller ? controller.signal : undefined,
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!res.ok) return;
      const data = await res.json();
      const fresh = (data && Array.isArray(data.messages) ? data.messages : [])
        .filter((m) => m && Number.isSafeInteger(m.id) && m.id > shownMessage
          && typeof m.text === 'string' && m.text.trim() !== '');
      let first = null;
      fresh.forEach((m) => {
        const row = addStaffAnswer(m.text);
        if (!first) first = row;
        rememberShown(m.id);
      });
      if (first) scrollToShow(first);
    } catch (e) {
      /* offline or timed out: try again at the next occasion */
    } finally {
      if (timer) clearTimeout(timer);
      fetchingMessages = false;
    }
  }

  /** Every minute while the page is visible, and at once when it becomes visible again. */
  function startWaitingMessages() {
    fetchWaitingMessages();
    setInterval(() => {
      if (!document.hidden) fetchWaitingMessages();
    }, MESSAGES_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) fetchWaitingMessages();
    });
  }

  /** One round trip: typing indicator, request, replies or a polite error. Returns true on success. */
  async function exchange(body) {
    setBusy(true);
    showTyping();
    try {
      const replies = await postTurn(body);
      hideTyping();
      scrollToShow(renderReplies(replies));
      fetchWaitingMessages();
      return true;
    } catch (e) {
      hideTyping();
      addBotText(ERROR_TEXT, 'msg--error');
      scrollToBottom();
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Sends typed (or quick-start) text; on failure the text goes back into an empty input box. */
  async function sendText(text) {
    const clean = text.trim();
    if (!clean || busy) return;
    if (clean.length > MAX_CHARS) return;
    const userRow = addUserMessage(clean);
    scrollToBottom();
    const ok = await exchange({ text: clean });
    if (!ok) {
      userRow.classList.add('msg--failed');
      if (!input.value) {
        input.value = clean;
        autoGrow();
        updateSendState();
      }
    }
  }

  /** A pressed reply button: show its label as the user's message, send its payload. */
  async function onButton(buttonEl, button) {
    if (busy) return;
    const rating = isRating(button.payload);
    if (rating) {
      // A rating counts once: lock the pair and mark the choice.
      buttonEl.parentElement.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      buttonEl.setAttribute('aria-pressed', 'true');
    }
    const userRow = addUserMessage(button.label);
    scrollToBottom();
    const ok = await exchange({ payload: button.payload });
    if (!ok) {
      userRow.classList.add('msg--failed');
      if (rating) {
        buttonEl.parentElement.querySelectorAll('button').forEach((b) => { b.disabled = false; });
        buttonEl.removeAttribute('aria-pressed');
      }
    }
  }

  /* ---------- input box ---------- */

  function autoGrow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 160) + 'px';
  }

  function onSubmit(event) {
    event.preventDefault();
    const text = input.value.slice(0, MAX_CHARS);
    if (!text.trim() || busy) return;
    input.value = '';
    autoGrow();
    updateSendState();
    sendText(text);
    input.focus();
  }

  function onKeyDown(event) {
    // Enter sends; Shift+Enter is a newline; never send while an IME (e.g. Vietnamese Telex) composes.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    form.requestSubmit ? form.requestSubmit() : onSubmit(event);
  }

  function onInput() {
    if (input.value.length > MAX_CHARS) input.value = input.value.slice(0, MAX_CHARS);
    autoGrow();
    updateSendState();
  }

  /* ---------- start ---------- */

  function showWelcome() {
    const row = addBotText(WELCOME_TEXT, 'msg--welcome');
    const group = el('div', 'actions actions--quick');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Gợi ý bắt đầu');
    QUICK_STARTS.forEach((label) => {
      const b = el('button', 'chip chip--quick', label);
      b.type = 'button';
      b.addEventListener('click', () => sendText(label));
      group.appendChild(b);
    });
    row.appendChild(group);
  }

  function init() {
    list = document.getElementById('messages');
    form = document.getElementById('composer');
    input = document.getElementById('input');
    sendButton = document.getElementById('send');
    counter = document.getElementById('counter');
    visitorId = loadVisitorId();
    shownMessage = loadShown();
    input.maxLength = MAX_CHARS;
    form.addEventListener('submit', onSubmit);
    input.addEventListener('keydown', onKeyDown);
    input.addEventListener('input', onInput);
    showWelcome();
    updateSendState();
    document.documentElement.classList.add('js-ready');
    startWaitingMessages();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
