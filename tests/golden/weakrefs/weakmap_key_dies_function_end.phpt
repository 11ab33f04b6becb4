--TEST--
A key local to a function leaves the map when the function returns
--FILE--
<?php
function fill(WeakMap $m) {
    $local = new stdClass;
    $m[$local] = 'local';
    var_dump(count($m));
}
$m = new WeakMap;
fill($m);
var_dump(count($m));
--EXPECT--
int(1)
int(0)
