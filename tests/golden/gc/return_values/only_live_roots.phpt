--TEST--
Roots that are all live: returns 0 but the run is counted
--FILE--
<?php
class N { public $x; }
$a = new N;
$b = $a;
$b = null;
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump(gc_status());
--EXPECT--
int(1)
int(0)
array(4) {
  ["runs"]=>
  int(1)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
