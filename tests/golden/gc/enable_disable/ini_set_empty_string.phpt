--TEST--
ini_set('zend.enable_gc', '') disables the collector; gc_enable() turns it back on
--FILE--
<?php
var_dump(ini_set('zend.enable_gc', ''));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
gc_enable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
--EXPECT--
string(1) "1"
bool(false)
string(0) ""
bool(true)
string(1) "1"
