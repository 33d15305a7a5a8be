// forgepulse pages: everything is in the HTML; this draws the charts (uPlot, from the jar) and keeps a harvest's
// progress current without a reload. The drawn charts are in window.forgepulseCharts by element id.
(function () {
  "use strict";
  window.forgepulseCharts = {};
  var css = getComputedStyle(document.documentElement);
  function v(name) { return css.getPropertyValue(name).trim(); }

  function draw(el) {
    var data = JSON.parse(document.getElementById(el.id + "-data").textContent);
    var labels = JSON.parse(el.dataset.labels);
    var colors = [v("--c1"), v("--c2"), v("--c3")];
    var axis = { stroke: v("--fg"), grid: { stroke: v("--line"), width: 1 }, ticks: { stroke: v("--line") } };
    var series = [{}];
    labels.forEach(function (label, i) {
      series.push({ label: label, stroke: colors[i % colors.length], width: 2, spanGaps: true,
        points: { show: data[0].length < 40 } });
    });
    var opts = { width: Math.max(240, el.clientWidth), height: 220, series: series, scales: { x: { time: true } },
      axes: [axis, axis], legend: { live: false } };
    window.forgepulseCharts[el.id] = new uPlot(opts, data, el);
  }

  function drawAll() {
    if (typeof uPlot === "undefined") { return; }
    document.querySelectorAll("[data-chart]").forEach(draw);
  }

  var resizing;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      Object.keys(window.forgepulseCharts).forEach(function (id) {
        var el = document.getElementById(id);
        window.forgepulseCharts[id].setSize({ width: Math.max(240, el.clientWidth), height: 220 });
      });
    }, 150);
  });

  // The sentences of ProgressText, from the page's labels (#1 items, #2 total, #3 time left), rounded as there.
  function progressText(d, p) {
    if (p.itemsTotal === null || p.itemsTotal === undefined) { return d.live.replace("#1", p.itemsStored); }
    var of = p.etaSeconds === null || p.etaSeconds === undefined ? d.liveOf : d.liveEta.replace("#3", left(d, p.etaSeconds));
    return of.replace("#1", p.itemsStored).replace("#2", p.itemsTotal);
  }

  function left(d, s) {
    if (s < 90) { return d.s.replace("#", s); }
    if (s < 5400) { return d.min.replace("#", Math.round(s / 60)); }
    return d.h.replace("#", Math.round(s / 3600));
  }

  function poll(box) {
    fetch(box.dataset.progress, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (project) {
      if (!project) { return; }
      if (!project.progress) { window.location.reload(); return; }
      var p = project.progress;
      var bar = box.querySelector("progress");
      if (p.itemsTotal) { bar.max = p.itemsTotal; bar.value = p.itemsStored; }
      box.querySelector(".progress-text").textContent = progressText(box.dataset, p);
      setTimeout(function () { poll(box); }, 2000);
    }).catch(function () { setTimeout(function () { poll(box); }, 5000); });
  }

  drawAll();
  document.querySelectorAll("[data-progress]").forEach(function (box) { setTimeout(function () { poll(box); }, 2000); });
})();
