--TEST--
-d zend.enable_gc=0: gc_enabled() is false and gc_status() shows threshold 0
--INI--
zend.enable_gc=0
--FILE--
<?php
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
var_dump(gc_status());
--EXPECT--
bool(false)
string(1) "0"
array(4) {
  ["runs"]=>
  int(0)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(0)
  ["roots"]=>
  int(0)
}
