<?php
// The one-line plugin a newsroom adds to trust the explainer's own oEmbed HTML (README,
// "Embedding in WordPress"): WordPress then keeps it as it is, resizer included, for every
// page of the site (each world's page has its own oEmbed document). The test bed switches it
// with an option, so one install serves both runs.
add_filter('oembed_dataparse', fn ($html, $data, $url) => get_option('explainer_trusted') && str_starts_with($url, 'http://127.0.0.1:8080/') ? $data->html : $html, 11, 3);
