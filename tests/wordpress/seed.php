<?php
// Installs WordPress once, then (re)creates the test posts as an editor would make them, and
// prints their ids as JSON. Usage: php seed.php EXPLAINER_URL [trusted|untrusted]
// Run with the host the Debian config file is named after (config-127.0.0.1.php).
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

[$script, $explainer, $mode] = $argv + [null, null, 'untrusted'];
// The test bed sends no mail (and has no mail program).
add_filter('pre_wp_mail', '__return_false');
if (!is_blog_installed()) {
    wp_install('Newsroom test bed', 'editor', 'editor@example.invalid', false, '', wp_generate_password(24));
}
update_option('explainer_trusted', $mode === 'trusted' ? 1 : 0);

// The first user is an Administrator: a Custom HTML block keeps its iframe and script only
// for users with unfiltered_html, as in a real newsroom.
wp_set_current_user(1);

// Start clean: earlier runs' posts and every cached oEmbed result.
foreach (get_posts(['post_type' => 'any', 'numberposts' => -1, 'post_status' => 'any']) as $old) {
    wp_delete_post($old->ID, true);
}
foreach (get_posts(['post_type' => 'oembed_cache', 'numberposts' => -1, 'post_status' => 'any']) as $old) {
    wp_delete_post($old->ID, true);
}
global $wpdb;
$wpdb->query("DELETE FROM {$wpdb->postmeta} WHERE meta_key LIKE '\\_oembed\\_%'");

// What the block editor saves when an address is pasted on its own line (an Embed block),
// and what it saves for a Custom HTML block.
$embed = fn ($url) => "<!-- wp:embed {\"url\":\"$url\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n$url\n</div></figure>\n<!-- /wp:embed -->";
$dialog = file_get_contents('php://stdin');
$posts = [
    'url' => $embed($explainer),
    'world' => $embed($explainer . 'worlds/freeze/'),
    'html' => "<!-- wp:html -->\n$dialog\n<!-- /wp:html -->",
];
$ids = [];
foreach ($posts as $name => $content) {
    $ids[$name] = wp_insert_post([
        'post_title' => "Story with the explainer ($name)",
        'post_content' => "<!-- wp:paragraph -->\n<p>Story text above the embed.</p>\n<!-- /wp:paragraph -->\n\n$content\n\n<!-- wp:paragraph -->\n<p>Story text below.</p>\n<!-- /wp:paragraph -->",
        'post_status' => 'publish',
    ], true);
}
echo json_encode($ids), "\n";
