--TEST--
ini_set disables, gc_enable() re-enables; ini_get follows gc_enable()
--FILE--
<?php
ini_set('zend.enable_gc', 0);
var_dump(gc_enabled());
gc_enable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
gc_disable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
--EXPECT--
bool(false)
bool(true)
string(1) "1"
bool(false)
string(1) "0"
