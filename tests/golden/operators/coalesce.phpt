--TEST--
?? chains, and reads undefined variables without a warning
--FILE--
<?php
$n = null; $z = 0; $e = "";
var_dump($undefined ?? "default", $n ?? "null", $z ?? "zero", $e ?? "empty");
var_dump($x ?? $y ?? "third", null ?? false ?? true);
--EXPECT--
string(7) "default"
string(4) "null"
int(0)
string(0) ""
string(5) "third"
bool(false)
