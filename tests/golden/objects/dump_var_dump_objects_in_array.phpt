--TEST--
var_dump of an array containing objects, including the same object twice.
--FILE--
<?php
class P { public $v; function __construct($v) { $this->v = $v; } }
$p = new P('shared');
$list = ['first' => $p, 'second' => new P('own'), 'again' => $p];
var_dump($list);
--EXPECT--
array(3) {
  ["first"]=>
  object(P)#1 (1) {
    ["v"]=>
    string(6) "shared"
  }
  ["second"]=>
  object(P)#2 (1) {
    ["v"]=>
    string(3) "own"
  }
  ["again"]=>
  object(P)#1 (1) {
    ["v"]=>
    string(6) "shared"
  }
}
