--TEST--
A new object that reuses a dead key's handle is not in the map
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$id = spl_object_id($a);
$m[$a] = 'a';
unset($a);
$b = new stdClass;
var_dump(spl_object_id($b) === $id);
var_dump(isset($m[$b]), count($m));
try {
    $m[$b];
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(false)
int(0)
Object stdClass#2 not contained in WeakMap
