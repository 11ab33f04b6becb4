--TEST--
first-class callable syntax strlen(...) creates a Closure from a function
--FILE--
<?php
$len = strlen(...);
var_dump($len instanceof Closure);
echo $len("hello"), "\n";
function shout($s, $times = 1) { return str_repeat(strtoupper($s) . "!", $times); }
$s = shout(...);
echo $s("hey", 2), "\n";
print_r(array_map(trim(...), [" a ", "b  "]));
$name = 'strrev';
$r = $name(...);
echo $r("abc"), "\n";
--EXPECT--
bool(true)
5
HEY!HEY!
Array
(
    [0] => a
    [1] => b
)
cba
