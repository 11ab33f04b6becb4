--TEST--
ini_set('zend.enable_gc', '0') disables the collector and returns the old value
--FILE--
<?php
var_dump(ini_set('zend.enable_gc', '0'));
var_dump(gc_enabled());
var_dump(ini_get('zend.enable_gc'));
var_dump(ini_set('zend.enable_gc', '1'));
var_dump(gc_enabled());
--EXPECT--
string(1) "1"
bool(false)
string(1) "0"
string(1) "0"
bool(true)
