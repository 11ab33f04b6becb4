--TEST--
A resurrected object keeps its handle; the others of its cycle are not freed either
--FILE--
<?php
class N { public $o; function __construct(public $n) {} function __destruct() { global $saved; if ($this->n === 'b') $saved = $this; } }
$a = new N('a'); $b = new N('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
var_dump(new stdClass);
var_dump($saved);
--EXPECT--
0
object(stdClass)#3 (0) {
}
object(N)#2 (2) {
  ["o"]=>
  object(N)#1 (2) {
    ["o"]=>
    *RECURSION*
    ["n"]=>
    string(1) "a"
  }
  ["n"]=>
  string(1) "b"
}
