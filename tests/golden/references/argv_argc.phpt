--TEST--
$argv and $argc as php's CLI registers them; $_SERVER['argv']
--FILE--
<?php
var_dump($argc, count($argv), $argv[0] === $_SERVER["PHP_SELF"]);
function inner() { global $argv; return count($argv); }
var_dump(inner(), count($_SERVER["argv"]), $_SERVER["argc"]);
--EXPECT--
int(1)
int(1)
bool(true)
int(1)
int(1)
int(1)
