/* Letter helper: "Copy" and "Print" buttons. Progressive enhancement: the buttons stay hidden without JavaScript,
   and the page works without them (select the text, or use the browser's Print command). */
(function () {
  "use strict";

  function copyByHand(target) {
    target.focus();
    target.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById(button.getAttribute("data-status"));
    if (!target) {
      return;
    }
    function report(copied) {
      if (status) {
        status.textContent = button.getAttribute(copied ? "data-copied" : "data-copy-failed");
      }
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(target.value).then(
          function () { report(true); },
          function () { report(copyByHand(target)); }
        );
      } else {
        report(copyByHand(target));
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
