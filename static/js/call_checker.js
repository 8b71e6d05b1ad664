/* Call checker: add rows without reloading, keep the log in this browser (localStorage) until "Clear the log",
   and a "Print" button. Progressive enhancement: without JavaScript the form works as it is (the server adds rows),
   and nothing is kept anywhere. The log is never sent anywhere except to check it, and the server stores nothing. */
(function () {
  "use strict";

  var STORAGE_KEY = "overdue-guide:call-log";
  var form = document.querySelector("[data-checker-form]");

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  if (!form) {
    return;
  }
  var rows = form.querySelector("[data-rows]");
  var template = form.querySelector("[data-row-template]");
  var total = form.querySelector("input[name$='-TOTAL_FORMS']");
  var maximum = form.querySelector("input[name$='-MAX_NUM_FORMS']");
  var addButton = form.querySelector("[data-add-rows]");
  var clearButton = form.querySelector("[data-clear-log]");
  var status = form.querySelector("[data-checker-status]");

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null;
    }
  }

  function rowCount() {
    return parseInt(total.value, 10) || 0;
  }

  function addRow() {
    var index = rowCount();
    if (maximum && index >= parseInt(maximum.value, 10)) {
      return false;
    }
    var html = template.innerHTML.replace(/__prefix__/g, String(index)).replace(/__number__/g, String(index + 1));
    rows.insertAdjacentHTML("beforeend", html);
    total.value = String(index + 1);
    return true;
  }

  function rowFields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.name.indexOf(total.name.replace("TOTAL_FORMS", "")) === 0 &&
        !/-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(element.name);
    });
  }

  function logFields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.name !== "csrfmiddlewaretoken" && element.type !== "submit" &&
        element.type !== "button" && !/-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(element.name);
    });
  }

  function save() {
    var store = storage();
    if (!store) {
      return;
    }
    var values = {};
    logFields().forEach(function (element) {
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) {
        return;
      }
      (values[element.name] = values[element.name] || []).push(element.value);
    });
    try {
      store.setItem(STORAGE_KEY, JSON.stringify({ rows: rowCount(), values: values }));
    } catch (error) {
      /* Storage full or refused: the form still works without it. */
    }
  }

  function logIsEmpty() {
    return rowFields().every(function (element) {
      return (element.type === "checkbox" || element.type === "radio") ? !element.checked :
        element.tagName === "SELECT" ? element.selectedIndex <= 0 : !element.value;
    });
  }

  function restore() {
    var store = storage();
    var saved = null;
    try {
      saved = store && JSON.parse(store.getItem(STORAGE_KEY) || "null");
    } catch (error) {
      saved = null;
    }
    if (!saved || !saved.values || !logIsEmpty()) {
      return;
    }
    while (rowCount() < saved.rows && addRow()) { /* add the rows the saved log had */ }
    logFields().forEach(function (element) {
      var values = saved.values[element.name];
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = !!values && values.indexOf(element.value) !== -1;
      } else if (values) {
        element.value = values[0];
      }
    });
  }

  function clearLog() {
    var store = storage();
    if (store) {
      store.removeItem(STORAGE_KEY);
    }
    rowFields().forEach(function (element) {
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = false;
      } else if (element.tagName === "SELECT") {
        element.selectedIndex = 0;
      } else {
        element.value = "";
      }
    });
    if (status) {
      status.textContent = status.getAttribute("data-cleared");
    }
  }

  restore();
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  if (addButton) {
    addButton.addEventListener("click", function (event) {
      event.preventDefault();
      addRow();
      save();
    });
  }
  if (clearButton) {
    clearButton.hidden = false;
    clearButton.addEventListener("click", clearLog);
  }
})();
