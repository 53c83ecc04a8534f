// Marks an embed before the first paint, so the stylesheet can hide what the embed leaves
// out (the masthead, the footer, the parts not asked for) without a flash. Loaded as a
// small blocking script because only script can read the query string; the composition
// root reads the same parameter again, through the link module, and does the rest.
// The build inlines this file and fills in the known sections from link::embed::SECTIONS.
(function () {
  var known = /*EMBED_KEYS*/ [];
  // URLSearchParams percent-decodes, as the link module does.
  var asked = new URLSearchParams(location.search).get('embed');
  if (asked === null) return;
  var embed = known.indexOf(asked.trim()) >= 0 ? asked.trim() : 'page';
  document.documentElement.setAttribute('data-embed', embed);
  document.documentElement.className += ' embedded';
})();
