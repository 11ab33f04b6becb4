--TEST--
PHP_BINARY, PHP_PREFIX, PHP_BINDIR, PHP_MANDIR and DEFAULT_INCLUDE_PATH exist and agree with each other
--FILE--
<?php
// The values depend on the installation: only their shape is compared.
var_dump(PHP_BINARY);
var_dump(PHP_PREFIX);
var_dump(PHP_BINDIR === PHP_PREFIX . "/bin");
var_dump(PHP_MANDIR === PHP_PREFIX . "/share/man");
var_dump(DEFAULT_INCLUDE_PATH === ".:" . PHP_PREFIX . "/share/php");
var_dump(strlen(PHP_BINARY) > 1, PHP_BINARY[0]);
--EXPECTF--
string(%d) "/%a"
string(%d) "/%a"
bool(true)
bool(true)
bool(true)
bool(true)
string(1) "/"
