// Roster console: copy buttons, the roles table's unsaved-change marks, confirmations, the rows
// buttons act on, and switches that submit at once. No framework, and nothing inline in the pages:
// the Content-Security-Policy (default-src 'self') refuses inline scripts and event handlers.
document.documentElement.classList.add("js");

// A button asks first (data-confirm) and sends the row it was rendered with (data-param-NAME="value"
// becomes the request parameter NAME; empty values are left out).
document.addEventListener("click", function (event) {
  var button = event.target.closest("input[type=submit], button[type=submit]");
  if (!button || !button.form) {
    return;
  }
  if (button.dataset.confirm && !confirm(button.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  Object.keys(button.dataset).forEach(function (key) {
    if (key.indexOf("param") !== 0 || key.length === 5 || !button.dataset[key]) {
      return;
    }
    var name = key.charAt(5).toLowerCase() + key.slice(6);
    var input = button.form.querySelector("input[type=hidden][data-row-param='" + name + "']");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.setAttribute("data-row-param", name);
      button.form.appendChild(input);
    }
    input.value = button.dataset[key];
  });
});

// A switch (data-submit="id of its form's button") applies as soon as it changes.
document.addEventListener("change", function (event) {
  var id = event.target.dataset && event.target.dataset.submit;
  if (id) {
    document.getElementById(id).click();
  }
});

document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  var input = document.getElementById(button.getAttribute("data-copy"));
  var label = button.textContent;
  function done() {
    button.textContent = "Copied";
    setTimeout(function () { button.textContent = label; }, 1600);
  }
  function fallback() {
    input.select();
    try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ }
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done, fallback);
  } else {
    fallback();
  }
});
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!select.classList || !select.classList.contains("level")) {
    return;
  }
  select.className = select.className.replace(/level-\w+/, "level-" + select.value);
  var row = select.closest("tr");
  if (row) {
    row.classList.add("dirty");
  }
});
