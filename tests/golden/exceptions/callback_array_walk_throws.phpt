--TEST--
array_walk stops at the first callback exception and earlier modifications stay
--FILE--
<?php
$a = [1, 2, 3, 4];
try {
    array_walk($a, function (&$v, $k) {
        if ($k == 2) throw new OverflowException("stop at key $k");
        $v *= 10;
    });
} catch (OverflowException $e) {
    echo $e->getMessage(), "\n";
}
print_r($a);
--EXPECT--
stop at key 2
Array
(
    [0] => 10
    [1] => 20
    [2] => 3
    [3] => 4
)
