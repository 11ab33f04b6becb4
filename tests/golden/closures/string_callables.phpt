--TEST--
string callables name functions, and 'Class::method' names a static method
--FILE--
<?php
function double_it($x) { return $x * 2; }
class Util {
    public static function neg($x) { return -$x; }
}
$f = 'double_it';
echo $f(4), "\n";
echo call_user_func('double_it', 5), "\n";
print_r(array_map('Util::neg', [1, 2]));
$g = 'Util::neg';
echo $g(9), "\n";
echo call_user_func_array('str_replace', ['a', 'o', 'banana']), "\n";
echo call_user_func_array('double_it', ['x' => 21]), "\n";
--EXPECT--
8
10
Array
(
    [0] => -1
    [1] => -2
)
-9
bonono
42
