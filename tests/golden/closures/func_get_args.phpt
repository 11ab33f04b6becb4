--TEST--
func_get_args and func_num_args inside closures see all passed arguments, including extras
--FILE--
<?php
$f = function ($a, $b = "dflt") {
    return func_num_args() . ": " . json_encode(func_get_args());
};
echo $f(1), "\n";
echo $f(1, 2), "\n";
echo $f(1, 2, 3, 4), "\n";
$v = function (...$all) { return count($all) . " " . implode("|", $all); };
echo $v(), "\n";
echo $v("x", "y"), "\n";
$g = fn() => func_get_args();
print_r($g(7, 8));
--EXPECT--
1: [1]
2: [1,2]
4: [1,2,3,4]
0 
2 x|y
Array
(
    [0] => 7
    [1] => 8
)
