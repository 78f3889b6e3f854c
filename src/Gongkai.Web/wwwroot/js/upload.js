// Gongkai upload page: send each file on its own, with a progress bar, and show its result.
// Plain JavaScript, no build step; without it the form still posts all files at once.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var input = document.getElementById("files");
  var zone = document.getElementById("dropzone");
  var list = document.getElementById("upload-results");
  if (!form || !input || !zone || !list) { return; }

  function token() {
    var field = form.querySelector("input[name=__RequestVerificationToken]");
    return field ? field.value : "";
  }

  function send(file) {
    var item = document.createElement("li");
    item.className = "result pending";
    var name = document.createElement("strong");
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    item.appendChild(name); item.appendChild(document.createTextNode(" ")); item.appendChild(bar);
    list.insertBefore(item, list.firstChild);

    var data = new FormData();
    data.append("file", file, file.name);
    data.append("unitId", form.elements.unitId.value);
    data.append("__RequestVerificationToken", token());
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "?handler=One");
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); } };
    xhr.onload = function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        var holder = document.createElement("ul");
        holder.innerHTML = xhr.responseText;
        var result = holder.firstElementChild;
        if (result) { list.replaceChild(result, item); return; }
      }
      item.className = "result failed";
      item.textContent = file.name + "：上传失败（HTTP " + xhr.status + "），请重试。";
    };
    xhr.onerror = function () {
      item.className = "result failed";
      item.textContent = file.name + "：网络错误，上传未完成，请重试。";
    };
    xhr.send(data);
  }

  function sendAll(files) {
    for (var i = 0; i < files.length; i++) { send(files[i]); }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    sendAll(input.files);
    input.value = "";
  });
  ["dragenter", "dragover"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) { sendAll(e.dataTransfer.files); });
})();
