--TEST--
Unset declared properties are skipped in foreach; reassigned ones come back in their slot.
--FILE--
<?php
class A { public $a = 1; public $b = 2; public $c = 3; }
$o = new A;
unset($o->a, $o->c);
$o->c = 'again';
foreach ($o as $k => $v) echo "$k=$v\n";
--EXPECT--
b=2
c=again
