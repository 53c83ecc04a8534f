// Marks an embed before the first paint, so the stylesheet can hide what the embed leaves
// out (the masthead, the footer, the parts not asked for) without a flash. Loaded as a
// small blocking script because only script can read the query string; the composition
// root reads the same parameter again, through the link module, and does the rest.
// The build inlines this file and fills in the known sections from link::embed::SECTIONS.
(function () {
  var known = /*EMBED_KEYS*/ [];
  var scenarioKeys = /*SCENARIO_KEYS*/ [];
  // URLSearchParams percent-decodes, as the link module does.
  var asked = new URLSearchParams(location.search).get('embed');
  // A section's own page (embed/widget/) was built with its section already marked.
  if (asked === null) asked = document.documentElement.getAttribute('data-embed');
  if (asked === null) {
    // A link to a scenario, or a world's page, opens with the widget in view (it says which
    // scenario it shows); the plain address opens at the top, and an address with a #target
    // goes there. Done once the page is parsed, before the first paint of the widget.
    var query = new URLSearchParams(location.search || '?' + (document.documentElement.getAttribute('data-query') || ''));
    var opensScenario = scenarioKeys.some(function (key) { return query.has(key); });
    if (opensScenario && !location.hash) {
      document.addEventListener('DOMContentLoaded', function () {
        var widget = document.getElementById('scenarios');
        if (widget) widget.scrollIntoView();
      });
    }
    return;
  }
  var embed = known.indexOf(asked.trim()) >= 0 ? asked.trim() : 'page';
  document.documentElement.setAttribute('data-embed', embed);
  document.documentElement.className += ' embedded';
  // An embed is light unless its link asks for a theme (link::Theme::default_for): set
  // before the first paint, so a reader in dark mode never sees a dark flash in a white
  // article. The composition root applies the same theme again.
  var theme = (new URLSearchParams(location.search).get('theme') || '').trim();
  if (theme !== 'auto') document.documentElement.setAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
  // The compact embed's layout is a stylesheet of its own, which nothing else loads. A
  // section's own page (embed/compact/) sits two folders down and says where the site is.
  if (embed === 'compact') {
    var sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = (document.documentElement.getAttribute('data-root') || './') + 'compact.css';
    document.head.appendChild(sheet);
  }
})();
