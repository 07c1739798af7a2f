// warpath dashboard: draws the Plotly figures the server put in <script type="application/json" data-plot="ID">
// and makes a click on a point follow the point's link (customdata: a relative URL set by the server).
"use strict";
(function () {
  function follow(url) {
    if (typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/") {
      window.location.assign(url + (url.indexOf("/dyads/") === 0 ? "#events" : ""));
    }
  }
  document.querySelectorAll('script[type="application/json"][data-plot]').forEach(function (el) {
    var target = document.getElementById(el.getAttribute("data-plot"));
    if (!target || typeof Plotly === "undefined") { return; }
    var figure = JSON.parse(el.textContent);
    Plotly.newPlot(target, figure.data, figure.layout, {displaylogo: false, responsive: true,
                                                        modeBarButtonsToRemove: ["select2d", "lasso2d"]});
    target.on("plotly_click", function (event) {
      if (event.points && event.points.length) { follow(event.points[0].customdata); }
    });
  });
})();
