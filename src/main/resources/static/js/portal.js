// Province → city → centre selects of the public portal: each select with data-children-url fills the next one.
document.addEventListener('change', function (event) {
  var select = event.target;
  if (!select.matches || !select.matches('select[data-children-url]')) { return; }
  var target = document.getElementById(select.dataset.childrenTarget);
  var reset = select.dataset.resetTarget ? document.getElementById(select.dataset.resetTarget) : null;
  if (reset) { reset.innerHTML = '<option value="">' + reset.dataset.placeholder + '</option>'; }
  target.innerHTML = '<option value="">' + target.dataset.placeholder + '</option>';
  if (!select.value) { return; }
  fetch(select.dataset.childrenUrl + '?' + select.name + '=' + encodeURIComponent(select.value),
      { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (options) {
      options.forEach(function (o) {
        var option = document.createElement('option');
        option.value = o.code;
        option.textContent = o.name;
        target.appendChild(option);
      });
      target.dispatchEvent(new Event('portal:filled'));
    });
});
// Criminal stage only for criminal matters.
document.addEventListener('change', function (event) {
  if (event.target.id !== 'caseType') { return; }
  var stage = document.getElementById('criminal-stage-group');
  if (stage) { stage.classList.toggle('d-none', event.target.value !== 'CRIMINAL'); }
});
