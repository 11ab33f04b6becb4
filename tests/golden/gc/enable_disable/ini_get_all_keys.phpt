--TEST--
ini_get of zend.enable_gc after each kind of toggle
--FILE--
<?php
echo ini_get('zend.enable_gc'), "|";
gc_disable(); echo ini_get('zend.enable_gc'), "|";
ini_set('zend.enable_gc', 1); echo ini_get('zend.enable_gc'), "|";
ini_set('zend.enable_gc', false); echo ini_get('zend.enable_gc'), "|";
var_dump(gc_enabled());
--EXPECT--
1|0|1||bool(false)
