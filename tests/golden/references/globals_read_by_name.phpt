--TEST--
$GLOBALS['name'] reads the global itself: its value, php's warning for an undefined one, no copy of the table (no possible root)
--FILE--
<?php
$g = [1, 2];
$o = new stdClass;
function f() {
    $x = $GLOBALS['g'];
    var_dump($x, $GLOBALS['o'] instanceof stdClass);
    echo $GLOBALS['nope'], "|\n";
    var_dump($GLOBALS['nope'] ?? 'default', $GLOBALS['g'] ?? 0);
    return gc_status()['roots'];
}
echo f(), "\n";
echo $GLOBALS['g'][1], "\n";
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)

Warning: Undefined global variable $nope in %s on line 7
|
string(7) "default"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
0
2
