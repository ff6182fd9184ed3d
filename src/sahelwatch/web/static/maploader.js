/* sahelwatch: the one map loader of the dashboard and the case page. The vendored MapLibre GL (never a CDN) is
   fetched once, on demand, and each map starts on a blank style: no remote tiles, fonts or sprites, only the
   layers the page adds over the boundaries the server ships. */
(function () {
  "use strict";
  var loading = null;
  var BLANK = { version: 8, sources: {}, layers: [{ id: "bg", type: "background", paint: { "background-color": "#e8eef3" } }] };

  function loadLibrary() {             // resolves with maplibregl; rejects (and may be retried) when it did not load
    if (window.maplibregl) return Promise.resolve(window.maplibregl);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "vendor/maplibre-gl/maplibre-gl.js";
        s.onload = function () { resolve(window.maplibregl); };
        s.onerror = function () { loading = null; s.remove(); reject(new Error("the map library did not load")); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function blankMap(container) {       // throws when the browser has no WebGL: the page says so and goes on
    var m = new window.maplibregl.Map({ container: container, center: [0, 15], zoom: 4.2, attributionControl: false,
      style: JSON.parse(JSON.stringify(BLANK)) });
    m.addControl(new window.maplibregl.NavigationControl({ showCompass: false }));
    return m;
  }

  function attribute(map, boundaries) { // who drew the boundaries, as the server's GeoJSON says (licences included)
    var text = (boundaries && boundaries.attribution) || "Natural Earth";
    map.addControl(new window.maplibregl.AttributionControl({ compact: true, customAttribution: text }));
  }

  window.sahelwatchMaps = { loadLibrary: loadLibrary, blankMap: blankMap, attribute: attribute };
})();
