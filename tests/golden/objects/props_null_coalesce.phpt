--TEST--
?? and ??= on properties: missing, null, and set values, including nested chains on missing objects.
--FILE--
<?php
class A { public $x = null; public $y = 0; }
$a = new A;
var_dump($a->x ?? 'def');
var_dump($a->y ?? 'def');
var_dump($a->missing ?? 'def');
var_dump($a->missing->deeper->still ?? 'deep def');
$a->x ??= 'filled';
$a->y ??= 'not used';
var_dump($a->x, $a->y);
$n = null;
var_dump($n->p ?? 'null obj');
--EXPECT--
string(3) "def"
int(0)
string(3) "def"
string(8) "deep def"
string(6) "filled"
int(0)
string(8) "null obj"
