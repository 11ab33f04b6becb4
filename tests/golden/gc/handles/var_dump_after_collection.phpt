--TEST--
var_dump shows #N handles reused after a collection freed objects
--FILE--
<?php
class N { public $o; public $v; function __construct($v) { $this->v = $v; } }
$keep = new N('keep');
$a = new N('a'); $a->o = $a;
$b = new N('b'); $b->o = $b;
unset($a, $b);
gc_collect_cycles();
$c = new N('c');
$d = new N('d');
var_dump($keep, $c, $d);
--EXPECT--
object(N)#1 (2) {
  ["o"]=>
  NULL
  ["v"]=>
  string(4) "keep"
}
object(N)#2 (2) {
  ["o"]=>
  NULL
  ["v"]=>
  string(1) "c"
}
object(N)#3 (2) {
  ["o"]=>
  NULL
  ["v"]=>
  string(1) "d"
}
