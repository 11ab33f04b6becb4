--TEST--
gc_enabled() is true by default and ini_get reports "1"
--FILE--
<?php
var_dump(gc_enabled());
var_dump(ini_get('zend.enable_gc'));
--EXPECT--
bool(true)
string(1) "1"
