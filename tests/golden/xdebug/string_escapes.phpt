--TEST--
quotes, backslashes and control bytes are escaped as addcslashes does; other bytes pass
--FILE--
<?php
$s = "it's a \\ path\n\ttab\r\0nul\x01\x1f\x7f\xc3\xa9";
xdebug_debug_zval('s');
--EXPECT--
s: (interned, is_ref=0)='it\'s a \\ path\n\ttab\r\000nul\001\037é'
