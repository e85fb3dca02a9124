// Filters finding cards and party rows by text and severity; everything works without it.
(function () {
  var text = document.querySelector('.filter-text');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filter-sev input'));
  var items = Array.prototype.slice.call(document.querySelectorAll('#by-clause article.finding, #by-clause .finding-ref, #by-party tr.finding-row'));
  function apply() {
    var q = text ? text.value.trim().toLowerCase() : '';
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    items.forEach(function (el) {
      var show = on[el.getAttribute('data-sev')] !== false && (!q || el.textContent.toLowerCase().indexOf(q) >= 0);
      el.classList.toggle('hidden', !show);
    });
  }
  if (text) { text.addEventListener('input', apply); }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
})();
