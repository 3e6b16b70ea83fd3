// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});

// Lists become cards on a phone (app.css): each cell is labelled with its column's heading.
function labelCardCells(root) {
  (root || document).querySelectorAll('table.table-cards').forEach(function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.innerText.trim(); });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      Array.prototype.forEach.call(tr.children, function (td, i) {
        if (!td.hasAttribute('data-label') && heads[i]) { td.setAttribute('data-label', heads[i]); }
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { labelCardCells(document); });
document.addEventListener('htmx:afterSwap', function (event) { labelCardCells(event.target.closest('table') ? event.target.closest('table').parentNode : event.target); });
