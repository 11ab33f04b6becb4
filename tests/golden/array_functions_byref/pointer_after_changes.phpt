--TEST--
the pointer after pops, shifts and deletions
--FILE--
<?php
$a = [1, 2, 3, 4];
end($a);
array_pop($a);
var_dump(current($a));
next($a);
array_shift($a);
var_dump(current($a));
end($a);
unset($a[2]);
var_dump(current($a), key($a));
$a[] = 9;
var_dump(current($a));
--EXPECT--
int(1)
int(2)
int(3)
int(1)
int(3)
