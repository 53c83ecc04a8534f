<?php
// PHP's built-in server in front of Debian's WordPress: real files as they are, everything
// else through WordPress's front controller (what Apache's rewrite rules would do).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path)) {
    return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
