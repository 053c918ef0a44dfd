// Progressive enhancement only: every page works without this file.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("form input[name='_csrf']");
  if (token) {
    event.detail.headers["X-CSRF-TOKEN"] = token.value;
  }
});
