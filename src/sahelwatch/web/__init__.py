"""The dashboard's static files (HTML, JS, CSS, translations) and the vendored MapLibre GL JS."""
