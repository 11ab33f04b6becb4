--TEST--
gc_collect_cycles() with an empty root buffer returns 0 and does not count a run
--FILE--
<?php
var_dump(gc_collect_cycles());
var_dump(gc_status());
--EXPECT--
int(0)
array(4) {
  ["runs"]=>
  int(0)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
