/**
 * The script of an article page (assets/article.js), served as a file so that the page's
 * Content-Security-Policy can forbid every inline script. It reads what it shows from data attributes
 * and writes only with textContent and classList: no HTML is ever built from data here.
 * Written as plain ES2017 in a string (no template literals inside), checked by tests/report.
 */
export const ARTICLE_SCRIPT = String.raw`(function () {
  'use strict';
  var text = document.getElementById('text');
  var tip = document.getElementById('tip');
  if (!text || !tip) return;

  // Hover card: the entity, its type and knowledge-base id (or the figure, or the boilerplate rule).
  function showTip(target, x, y) {
    var lines = (target.getAttribute('data-tip') || '').split('\n');
    tip.textContent = '';
    var head = document.createElement('strong');
    head.textContent = lines[0];
    tip.appendChild(head);
    tip.appendChild(document.createTextNode(lines.slice(1).join('\n')));
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 12, window.innerWidth - w - 8);
    var top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  }
  function hideTip() { tip.hidden = true; }

  var lit = [];
  function markEntity(index) {
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('same');
    lit = [];
    if (index === null) return;
    var all = text.querySelectorAll('[data-entity]');
    for (var j = 0; j < all.length; j++) {
      if (all[j].getAttribute('data-entity') === index) { all[j].classList.add('same'); lit.push(all[j]); }
    }
  }

  text.addEventListener('mouseover', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-tip]') : null;
    if (!t || !text.contains(t)) { hideTip(); markEntity(null); return; }
    showTip(t, ev.clientX, ev.clientY);
    markEntity(t.getAttribute('data-entity'));
  });
  text.addEventListener('mousemove', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-tip]') : null;
    if (t && !tip.hidden) showTip(t, ev.clientX, ev.clientY);
  });
  text.addEventListener('mouseleave', function () { hideTip(); markEntity(null); });

  // Hovering an entity in the side list lights its mentions in the text.
  var entityList = document.querySelector('.entity-list');
  if (entityList) {
    entityList.addEventListener('mouseover', function (ev) {
      var li = ev.target.closest ? ev.target.closest('li[data-entity]') : null;
      markEntity(li ? li.getAttribute('data-entity') : null);
    });
    entityList.addEventListener('mouseleave', function () { markEntity(null); });
  }

  // Facts: selecting one highlights its evidence; the page's #fact=ID opens with that fact selected.
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button.fact'));
  var selected = [];
  function selectFact(button, scroll) {
    for (var i = 0; i < selected.length; i++) selected[i].classList.remove('sel');
    selected = [];
    var again = button && button.getAttribute('aria-pressed') === 'true';
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    if (!button || again) return;
    button.setAttribute('aria-pressed', 'true');
    var index = button.getAttribute('data-fact');
    var runs = text.querySelectorAll('[data-ev]');
    for (var j = 0; j < runs.length; j++) {
      if (runs[j].getAttribute('data-ev').split(' ').indexOf(index) >= 0) { runs[j].classList.add('sel'); selected.push(runs[j]); }
    }
    if (scroll && selected.length && selected[0].scrollIntoView) selected[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { selectFact(b, true); });
  });
  function fromHash() {
    var m = /^#fact=(.*)$/.exec(window.location.hash);
    if (!m) return;
    var id;
    try { id = decodeURIComponent(m[1]); } catch (e) { return; }
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute('data-fact-id') === id) { buttons[i].setAttribute('aria-pressed', 'false'); selectFact(buttons[i], true); buttons[i].focus(); return; }
    }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
`;
