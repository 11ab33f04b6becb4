--TEST--
A constant array literal dropped does not remain a root after a collection scan
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
