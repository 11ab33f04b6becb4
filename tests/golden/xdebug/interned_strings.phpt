--TEST--
literal strings are interned however many variables hold them
--FILE--
<?php
$a = 'literal';
$b = $a;
$c = '';
$d = 'x';
xdebug_debug_zval('a', 'b', 'c', 'd');
--EXPECT--
a: (interned, is_ref=0)='literal'
b: (interned, is_ref=0)='literal'
c: (interned, is_ref=0)=''
d: (interned, is_ref=0)='x'
