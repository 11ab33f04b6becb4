--TEST--
implode reads elements through references
--FILE--
<?php
$x = 'ref';
$a = ['a', &$x];
var_dump(implode('|', $a));
--EXPECT--
string(5) "a|ref"
