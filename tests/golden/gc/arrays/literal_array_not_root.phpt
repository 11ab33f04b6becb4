--TEST--
A dropped literal array is buffered as a root (the literal table still holds it); the collection finds it live and counts a run
--FILE--
<?php
$l = [1, 2];
$l = null;
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
