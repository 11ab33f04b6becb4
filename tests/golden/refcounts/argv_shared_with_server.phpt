--TEST--
$argv has two owners before the script runs (the global and $_SERVER['argv']), even when the script never names $_SERVER
--FILE--
<?php
debug_zval_dump($argv);
--EXPECTF--
array(1) refcount(3){
  [0]=>
  string(%d) "%s" refcount(1)
}
