--TEST--
var_dump of $this inside a destructor run by the collector (recursion markers)
--FILE--
<?php
class N { public $peer; function __destruct() { var_dump($this); } }
$a = new N;
$a->peer = $a;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
object(N)#1 (1) {
  ["peer"]=>
  *RECURSION*
}
1
