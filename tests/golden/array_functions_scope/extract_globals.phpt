--TEST--
extract at the top level writes globals, also ones only $GLOBALS shows
--FILE--
<?php
$a = 1;
var_dump(extract(['a' => 'A', 'fresh' => 'F', 'GLOBALS' => 1, '0' => 'zero']));
var_dump($a, $GLOBALS['fresh']);
function read() { global $fresh; return $fresh; }
var_dump(read());
$r = 5;
$ref = &$r;
extract(['ref' => 6]);
var_dump($r);
--EXPECT--
int(3)
string(1) "A"
string(1) "F"
string(1) "F"
int(6)
