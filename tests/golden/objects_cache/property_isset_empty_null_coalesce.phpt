--TEST--
isset, empty and ?? at cached sites on a property that is set, null, falsy and unset in turn
--FILE--
<?php
class T { public $v = 1; }
$t = new T;
$states = [1, null, 0, "", "0", "x", [], "unset", 2];
foreach ($states as $s) {
    if ($s === "unset") {
        unset($t->v);
    } else {
        $t->v = $s;
    }
    echo var_export(isset($t->v), true), " ", var_export(empty($t->v), true), " ", var_export($t->v ?? "default", true), "\n";
}
--EXPECT--
true false 1
false true 'default'
true true 0
true true ''
true true '0'
true false 'x'
true true array (
)
false true 'default'
true false 2
