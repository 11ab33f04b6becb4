--TEST--
foreach over an empty WeakMap and over a WeakMap returned by a function
--FILE--
<?php
function make() {
    static $keep = [];
    $m = new WeakMap;
    $keep[] = $o = new stdClass;
    $m[$o] = 'from function';
    return $m;
}
foreach (new WeakMap as $k => $v) echo "never\n";
foreach (make() as $k => $v) var_dump(get_class($k), $v);
foreach (make() as $k => &$v) { $v = 'changed'; var_dump($v); }
echo "done\n";
--EXPECT--
string(8) "stdClass"
string(13) "from function"
string(7) "changed"
done
