--TEST--
var_dump shows the reused handle number after an object dies
--FILE--
<?php
class P { public $n; public function __construct($n) { $this->n = $n; } }
$a = new P(1);
$b = new P(2);
var_dump($a, $b);
$a = null;
$c = new P(3);
var_dump($c);
--EXPECT--
object(P)#1 (1) {
  ["n"]=>
  int(1)
}
object(P)#2 (1) {
  ["n"]=>
  int(2)
}
object(P)#1 (1) {
  ["n"]=>
  int(3)
}
