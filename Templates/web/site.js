// brief serve's only script, small on purpose: every page works without it.
// 1. Uploads show their progress (the form is sent by XMLHttpRequest and
//    the answer shown as the page; without the script the form posts as usual).
// 2. Choosing "new…" in a list opens the fields that describe the new record.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-progress]").forEach(function (form) {
    var bar = document.getElementById(form.getAttribute("data-progress"));
    var status = document.getElementById(bar.getAttribute("aria-describedby"));
    form.addEventListener("submit", function (event) {
      if (!window.FormData || !window.XMLHttpRequest) return;
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      bar.value = 0;
      status.textContent = "Sending the pages…";
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      xhr.upload.addEventListener("progress", function (e) {
        if (!e.lengthComputable) return;
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = bar.value < 100 ? "Sending the pages: " + bar.value + " %" : "Reading the pages and drafting…";
      });
      xhr.addEventListener("load", function () {
        // Sent on to a draft's review screen: go there. Otherwise the answer
        // is a whole page (what the pages gave, or an error): show it.
        var sent = new URL(form.action, location.href).href;
        if (xhr.responseURL && xhr.responseURL !== sent) {
          location.assign(xhr.responseURL);
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener("error", function () {
        status.textContent = "The pages could not be sent: is brief serve still running? Try again.";
        form.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
      });
      xhr.send(new FormData(form));
    });
  });

  document.querySelectorAll("select[data-new]").forEach(function (select) {
    var details = document.getElementById(select.getAttribute("data-new"));
    if (!details) return;
    function sync() {
      if (select.value === "+new") details.open = true;
    }
    select.addEventListener("change", function () {
      sync();
      if (details.open) details.querySelector("input, select").focus();
    });
    sync();
  });
});
