// Organisation screens: expand/collapse of the tree (children are loaded by htmx on the first click), confirmation
// of deactivation, and the fields of the workstation form that depend on its kind.
(function () {
  if (window.legalaidOrganisations) { return; }
  window.legalaidOrganisations = true;

  function toggle(handle) {
    var node = handle.closest('li');
    var box = node && node.querySelector(':scope > .tree-children');
    if (!box) { return; }
    var open = handle.getAttribute('aria-expanded') === 'true';
    handle.setAttribute('aria-expanded', String(!open));
    box.hidden = open;
    var icon = handle.querySelector('i');
    if (icon) {
      icon.classList.toggle('bi-caret-right-fill', open);
      icon.classList.toggle('bi-caret-down-fill', !open);
    }
  }

  document.addEventListener('click', function (event) {
    var handle = event.target.closest('.tree-toggle[aria-expanded]');
    if (handle) { toggle(handle); }
  });
  document.addEventListener('keyup', function (event) {
    var handle = event.target.closest && event.target.closest('.tree-toggle[aria-expanded]');
    if (handle && event.key === 'Enter') { toggle(handle); }
  });

  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });

  function showKindFields(select) {
    var township = select.value === select.getAttribute('data-township-kind');
    document.querySelectorAll('[data-when]').forEach(function (group) {
      var visible = (group.getAttribute('data-when') === 'township') === township;
      group.hidden = !visible;
      group.querySelectorAll('input, select').forEach(function (field) { field.disabled = !visible; });
    });
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-township-kind]')) { showKindFields(event.target); }
  });
})();
