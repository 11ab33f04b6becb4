--TEST--
A property bound by reference stays shared with the clone; a reference nothing else holds is copied as a value.
--FILE--
<?php
class R { public $lone = 1; public $shared = 'shared'; }
$r = new R;
foreach ($r as $k => &$ref) {}
// $r->lone is now a reference only the object holds; $r->shared is bound to $ref.
$c = clone $r;
$ref = 'changed through $ref';
$c->lone = 'clone only';
var_dump($r, $c);
--EXPECT--
object(R)#1 (2) {
  ["lone"]=>
  int(1)
  ["shared"]=>
  &string(20) "changed through $ref"
}
object(R)#2 (2) {
  ["lone"]=>
  string(10) "clone only"
  ["shared"]=>
  &string(20) "changed through $ref"
}
