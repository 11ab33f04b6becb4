--TEST--
class_exists() finds declared classes in any case, with or without a leading backslash; the autoload flag changes nothing here.
--FILE--
<?php
class Widget {}
var_dump(class_exists('Widget'), class_exists('widget'), class_exists('\Widget'), class_exists('WIDGET', false));
var_dump(class_exists('stdClass'), class_exists('Gadget'), class_exists(''));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
