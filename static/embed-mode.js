// Marks an embed before the first paint, so the stylesheet can hide what the embed leaves
// out (the masthead, the footer, the parts not asked for) without a flash. Loaded as a
// small blocking script because only script can read the query string; the app's shell
// reads the same parameter again and does the rest.
(function () {
  var match = /[?&]embed=([^&#]*)/.exec(location.search);
  if (!match) return;
  var known = ['page', 'widget', 'table', 'article1', 'article2'];
  var embed = known.indexOf(match[1]) >= 0 ? match[1] : 'page';
  document.documentElement.setAttribute('data-embed', embed);
  document.documentElement.className += ' embedded';
})();
