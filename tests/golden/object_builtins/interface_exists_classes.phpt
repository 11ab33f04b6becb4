--TEST--
interface_exists() is false for classes.
--FILE--
<?php
class NotAnInterface {}
var_dump(interface_exists('NotAnInterface'), interface_exists('stdClass'), interface_exists('Missing', false));
--EXPECT--
bool(false)
bool(false)
bool(false)
