--TEST--
by-reference array builtins on function results, elements, parameters and null
--FILE--
<?php
echo end(explode(',', 'a,b,c')), "\n";
$a = [1, 2, 3];
while (($v = current($a)) !== false) { echo key($a), '=', $v, ' '; next($a); }
echo "\n";
function f(&$x) { return array_shift($x); }
$q = ['x', 'y']; echo f($q), count($q), "\n";
$m = ['k' => [3, 1, 2]]; sort($m['k']); print_r($m);
array_push($m['new'], 1);
print_r($m);
$s = 'a,b'; $p = explode(',', $s); echo array_pop($p), "\n";
$list = [[3, 'c'], [1, 'a']]; foreach ($list as &$row) { array_unshift($row, 0); } unset($row); print_r($list);
--EXITCODE--
255
--EXPECTF--
Notice: Only variables should be passed by reference in %s on line 2
c
0=1 1=2 2=3 
x1
Array
(
    [k] => Array
        (
            [0] => 1
            [1] => 2
            [2] => 3
        )

)

Fatal error: Uncaught TypeError: array_push(): Argument #1 ($array) must be of type array, null given in %s:9
Stack trace:
#0 %s(9): array_push(NULL, 1)
#1 {main}
  thrown in %s on line 9
