--TEST--
(array) of a Closure wraps it as the only element; it has no properties to walk.
--FILE--
<?php
$f = function ($a) { return $a; };
$arr = (array) $f;
var_dump(count($arr), $arr[0] === $f);
var_dump(get_object_vars($f));
foreach ($f as $k => $v) {
    echo "never\n";
}
var_dump((object) $f === $f);
--EXPECT--
int(1)
bool(true)
array(0) {
}
bool(true)
