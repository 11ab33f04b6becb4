--TEST--
Cached ++, -- and op= on properties holding values other than small ints
--FILE--
<?php
class V { public $p = 0; }
$v = new V;
$values = [PHP_INT_MAX, PHP_INT_MIN, "a", "Az", null, 1.5, "5", true, [1]];
foreach ($values as $value) {
    $v->p = $value;
    $v->p++;
    echo var_export($v->p, true), " ";
    $v->p = $value;
    $v->p--;
    echo var_export($v->p, true), " ";
    $v->p = $value;
    try {
        $v->p += 1;
        echo var_export($v->p, true), "\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
$v->p = 10;
$v->p -= 3; $v->p *= 4; $v->p .= "x"; $v->p .= "y";
echo $v->p, "\n";
$v->p = PHP_INT_MAX;
$v->p += 1;
var_dump($v->p);
$v->p = PHP_INT_MIN;
$v->p -= 1;
var_dump($v->p);
echo $v->p++ , " ", $v->p-- , " ", ++$v->p, " ", --$v->p, "\n";
--EXITCODE--
255
--EXPECTF--
9.223372036854776E+18 9223372036854775806 9.223372036854776E+18
-9223372036854775807 -9.223372036854776E+18 -9223372036854775807
'b' 'a' Unsupported operand types: string + int
'Ba' 'Az' Unsupported operand types: string + int
1 NULL 1
2.5 0.5 2.5
6 4 6
true true 2

Fatal error: Uncaught TypeError: Cannot increment array in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
