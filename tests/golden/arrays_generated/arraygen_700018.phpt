--TEST--
fuzz/arraygen.py program 700018 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = ['1' => str_repeat('z', 2), 2 => str_repeat('z', 3), 42];
$a2 = [2.0 => $a2[2] ?? '', 'a', true, str_repeat('z', 4)];
$a3 = [null => $a2[1.5] ?? 'str', $s2, 5 => [$a3[false] ?? 'a', 'str']];
$s0 = '';
$s1 = 'str';
$s2 = -3;
$a3['a'] = 'multi char';
[false => $s2, -1 => [$s0]] = $a2;
$a3[] = &$s2;
$s0 = &$a1['1'];
$a2 = ['10', null];
$a1[1] .= 1;
var_dump($a2 == $a0, $a2 === $a0, $a2 <=> $a0);
$s1 = &$a1['x y'];
$s1 = &$a1[true];
$a3[2.0][10] ??= null;
var_dump($a1 == $a2, $a1 === $a2, $a1 <=> $a2);
foreach ($a3 as $k0 => $v0) {
    $a2[] = $v0;
    if ($v0 == '10') { continue; }
    if (count($a3) < 12) { $a3[] = 'added'; }
}
var_dump($a0);
print_r($a1);
echo "\n";
print_r($a2);
echo "\n";
print_r($a3);
echo "\n";
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5

Warning: Undefined variable $s2 in %s on line 5

Warning: Undefined array key 0 in %s on line 10

Warning: Undefined array key -1 in %s on line 10
bool(false)
bool(false)
int(1)
bool(false)
bool(false)
int(1)
array(0) {
}
Array
(
    [1] => zz1
    [2] => zzz
    [3] => 42
    [x y] => 
)

Array
(
    [0] => 10
    [1] => 
    [2] => str
    [3] => 
    [4] => Array
        (
            [0] => a
            [1] => str
        )

    [5] => multi char
    [6] => 
    [7] => Array
        (
            [10] => 
        )

)

Array
(
    [] => str
    [0] => 
    [5] => Array
        (
            [0] => a
            [1] => str
        )

    [a] => multi char
    [6] => 
    [2] => Array
        (
            [10] => 
        )

    [7] => added
    [8] => added
    [9] => added
    [10] => added
    [11] => added
    [12] => added
)
