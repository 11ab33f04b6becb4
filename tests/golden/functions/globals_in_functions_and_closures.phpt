--TEST--
$GLOBALS read and written in functions, closures taking properties and elements by reference, isset/array_key_exists on $GLOBALS, unset, computed names, foreach over $GLOBALS
--FILE--
<?php
$x = 1;
function f() { $GLOBALS['x']++; $GLOBALS['y'] = new stdClass; $GLOBALS['y']->p = 5; return $GLOBALS['x']; }
var_dump(f(), $y);
$fn = function (&$v) { $v = 'closure'; };
$o = new stdClass; $o->p = 1;
$fn($o->p);
var_dump($o->p);
$arr = ['a' => 1];
$fn($arr['a']);
var_dump($arr);
$m = [new stdClass];
$fn($m[0]->q);
var_dump($m);
var_dump(isset($GLOBALS['x']), array_key_exists('o', $GLOBALS));
unset($GLOBALS['x']);
var_dump(isset($x));
$name = 'dyn';
$GLOBALS[$name] = 3;
var_dump($dyn);
foreach ($GLOBALS as $k => $v) { if ($k === 'dyn') echo "found\n"; }
--EXPECT--
int(2)
object(stdClass)#1 (1) {
  ["p"]=>
  int(5)
}
string(7) "closure"
array(1) {
  ["a"]=>
  string(7) "closure"
}
array(1) {
  [0]=>
  object(stdClass)#4 (1) {
    ["q"]=>
    string(7) "closure"
  }
}
bool(true)
bool(true)
bool(false)
int(3)
found
