// Actions that pages once wrote as inline handlers (onclick=…), which the Content-Security-Policy does not run:
// data-action="print" prints the page, data-action="submit-form" on a select submits its form when changed.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-action="print"]') : null;
  if (button) { window.print(); }
});
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-action="submit-form"]') && field.form) { field.form.submit(); }
});
// An element with role="button" answers Enter as a button does (in place of htmx trigger filters such as
// keyup[key=='Enter'], which htmx evaluates as code and the policy refuses).
document.addEventListener('keyup', function (event) {
  var target = event.target;
  if (event.key === 'Enter' && target.matches && target.matches('[role="button"]:not(button)')) { target.click(); }
});
