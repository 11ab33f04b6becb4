--TEST--
array_push and array_pop on an array walked by reference, and through a reference
--FILE--
<?php
$d = [1, 2, 3];
foreach ($d as $k => &$v) {
    if ($k == 0) {
        array_push($d, 4);
    }
    echo $v;
}
unset($v);
echo "\n";
$e = [1, 2, 3];
$f = &$e;
array_pop($f);
var_dump(count($e));
--EXPECT--
1234
int(2)
