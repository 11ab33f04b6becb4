--TEST--
gc_disable() and gc_enable() return null and flip gc_enabled()
--FILE--
<?php
var_dump(gc_disable());
var_dump(gc_enabled());
var_dump(ini_get('zend.enable_gc'));
var_dump(gc_enable());
var_dump(gc_enabled());
var_dump(ini_get('zend.enable_gc'));
--EXPECT--
NULL
bool(false)
string(1) "0"
NULL
bool(true)
string(1) "1"
