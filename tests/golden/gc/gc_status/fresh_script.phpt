--TEST--
gc_status() at the start of a script: php 8.2's four keys
--FILE--
<?php
var_dump(gc_status());
--EXPECT--
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
