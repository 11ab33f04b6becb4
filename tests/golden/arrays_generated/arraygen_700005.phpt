--TEST--
fuzz/arraygen.py program 700005 (arrays, references, foreach, callbacks; runs to its end)
--FILE--
<?php
$a0 = [];
$a1 = [];
$a2 = [];
$a3 = ['-0' => 0, 'a', [1.5 => [false, $s1, 42], ['' => $s0], PHP_INT_MAX], ['01' => PHP_INT_MAX, 1.5 => str_repeat('z', 2), PHP_INT_MAX, str_repeat('z', 4)]];
$s0 = 'multi char';
$s1 = 'multi char';
$s2 = '';
debug_zval_dump($a0);
$a0 = $a3;
print_r($a2[5]['-0']);
echo "\n";
foreach ($a0 as $v0) {
    if (count($a0) < 12) { $a0[] = 'added'; }
    $a2[] = $v0;
    if ($v0 == 1.5) { continue; }
}
var_dump($a3 == $a1, $a3 === $a1, $a3 <=> $a1);
$a0[PHP_INT_MAX]['-0'][] = str_repeat('z', 3);
$a1 = [];
$s2 = $s2;
$a2[] = &$s1;
unset($a1[2.0]);
print_r($a0);
echo "\n";
var_export($a1);
echo "\n";
var_export($a2);
echo "\n";
print_r($a3);
echo "\n";
--EXPECTF--
Warning: Undefined variable $s1 in %s on line 5

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5

Warning: Undefined variable $s0 in %s on line 5

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
array(0) interned {
}

Warning: Undefined array key 5 in %s on line 11

Warning: Trying to access array offset on value of type null in %s on line 11

bool(false)
bool(false)
int(1)
Array
(
    [-0] => 0
    [0] => a
    [1] => Array
        (
            [1] => Array
                (
                    [0] => 
                    [1] => 
                    [2] => 42
                )

            [2] => Array
                (
                    [] => 
                )

            [3] => 9223372036854775807
        )

    [2] => Array
        (
            [01] => 9223372036854775807
            [1] => zz
            [2] => 9223372036854775807
            [3] => zzzz
        )

    [3] => added
    [4] => added
    [5] => added
    [6] => added
    [9223372036854775807] => Array
        (
            [-0] => Array
                (
                    [0] => zzz
                )

        )

)

array (
)
array (
  0 => 0,
  1 => 'a',
  2 => 
  array (
    1 => 
    array (
      0 => false,
      1 => NULL,
      2 => 42,
    ),
    2 => 
    array (
      '' => NULL,
    ),
    3 => 9223372036854775807,
  ),
  3 => 
  array (
    '01' => 9223372036854775807,
    1 => 'zz',
    2 => 9223372036854775807,
    3 => 'zzzz',
  ),
  4 => 'multi char',
)
Array
(
    [-0] => 0
    [0] => a
    [1] => Array
        (
            [1] => Array
                (
                    [0] => 
                    [1] => 
                    [2] => 42
                )

            [2] => Array
                (
                    [] => 
                )

            [3] => 9223372036854775807
        )

    [2] => Array
        (
            [01] => 9223372036854775807
            [1] => zz
            [2] => 9223372036854775807
            [3] => zzzz
        )

)
