// Parallax reader: focusing or hovering a brief citation highlights the sentence it cites in the
// source column. No inline script anywhere (the Content-Security-Policy forbids it).
(function () {
  'use strict';
  function clear() {
    document.querySelectorAll('.hl, .cite.active').forEach(function (el) {
      el.classList.remove('hl');
      el.classList.remove('active');
    });
  }
  function show(cite) {
    clear();
    var id = cite.dataset.article, part = cite.dataset.part;
    var start = Number(cite.dataset.start), end = Number(cite.dataset.end), first = null;
    document.querySelectorAll('.article').forEach(function (article) {
      if (article.dataset.article !== id) return;
      var targets = part === 'title'
        ? article.querySelectorAll('.article-title')
        : article.querySelectorAll('[data-start]');
      targets.forEach(function (t) {
        if (part === 'title' || (Number(t.dataset.start) < end && start < Number(t.dataset.end))) {
          t.classList.add('hl');
          if (!first) first = t;
        }
      });
    });
    cite.classList.add('active');
    if (first) first.scrollIntoView({block: 'nearest', inline: 'nearest'});
  }
  function onCite(ev) {
    var cite = ev.target.closest ? ev.target.closest('.cite') : null;
    if (cite) show(cite);
  }
  document.addEventListener('focusin', onCite);
  document.addEventListener('mouseover', onCite);
})();
