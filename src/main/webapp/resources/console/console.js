// Roster console: copy buttons and the roles table's unsaved-change marks. No framework.
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
