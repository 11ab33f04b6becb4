--TEST--
compact and extract: names, nested name lists, undefined variables, extract types, prefixes
--FILE--
<?php
function f() {
    $a = 1; $b = [2]; $r = &$a;
    var_dump(compact('a', ['b', ['r']], 'nope'));
    var_dump(compact(5));
}
f();
function g() {
    $x = 0;
    var_dump(extract(['x' => 5, 'y' => 6, '1bad' => 7]));
    var_dump($x, $y ?? 'no y');
    var_dump(extract(['x' => 9], EXTR_SKIP), $x);
    var_dump(extract(['x' => 10, 'q' => 1], EXTR_PREFIX_ALL, 'p'), $p_x ?? null);
}
g();
$m = 1;
extract(['m' => 2, 'n' => 3]);
var_dump($m, $n);
var_dump(extract([], 99));
--EXITCODE--
255
--EXPECTF--
Warning: compact(): Undefined variable $nope in %s on line 4
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["r"]=>
  int(1)
}

Warning: compact(): Argument #1 must be string or array of strings, int given in %s on line 5
array(0) {
}
int(2)
int(5)
int(6)
int(0)
int(5)
int(2)
int(10)
int(2)
int(3)

Fatal error: Uncaught ValueError: extract(): Argument #2 ($flags) must be a valid extract type in %s:19
Stack trace:
#0 %s(19): extract(Array, 99)
#1 {main}
  thrown in %s on line 19
