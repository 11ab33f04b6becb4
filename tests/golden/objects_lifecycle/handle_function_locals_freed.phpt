--TEST--
locals freed at function return release handles in slot order, so the last local's handle is reused first
--FILE--
<?php
class L {}
function f() {
    $a = new L;
    $b = new L;
    $c = new L;
    echo spl_object_id($a), spl_object_id($b), spl_object_id($c), "\n";
}
f();
$x = new L; $y = new L; $z = new L;
echo spl_object_id($x), spl_object_id($y), spl_object_id($z), "\n";
--EXPECT--
123
321
