--TEST--
an element or property of a string, an int or null is no symbol
--FILE--
<?php
$s = 'str';
$i = 5;
$n = null;
xdebug_debug_zval('s[0]', 's->x', 'i[0]', 'n[0]', 'n->x');
--EXPECT--
s[0]: no such symbol
s->x: no such symbol
i[0]: no such symbol
n[0]: no such symbol
n->x: no such symbol
