--TEST--
property_exists() sees static properties too (not a parent's private one); get_object_vars, casts and foreach do not.
--FILE--
<?php
class A { private static $hidden = 1; protected static $shared = 2; }
class B extends A { public static $count = 0; private static $secret = 1; public $side = 2; }
$b = new B;
var_dump(property_exists('B', 'count'), property_exists($b, 'secret'), property_exists('B', 'secret'));
var_dump(property_exists('B', 'hidden'), property_exists('A', 'hidden'), property_exists('B', 'shared'));
var_dump(get_object_vars($b), (array) $b);
foreach ($b as $k => $v) {
    echo "$k\n";
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
array(1) {
  ["side"]=>
  int(2)
}
array(1) {
  ["side"]=>
  int(2)
}
side
