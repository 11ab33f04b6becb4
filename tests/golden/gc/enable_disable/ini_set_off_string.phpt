--TEST--
ini_set('zend.enable_gc', 'off') and 'On': boolean ini strings
--FILE--
<?php
var_dump(ini_set('zend.enable_gc', 'off'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
var_dump(ini_set('zend.enable_gc', 'On'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
--EXPECT--
string(1) "1"
bool(false)
string(3) "off"
string(3) "off"
bool(true)
string(2) "On"
