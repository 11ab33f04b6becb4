--TEST--
static variables keep their value across calls; constant initialisers
--FILE--
<?php
function counter() { static $n = 0; return ++$n; }
counter(); counter();
echo counter(), "\n";
function log_it($x) { static $log = [], $calls; $log[] = $x; $calls++; return [$log, $calls]; }
log_it("a");
var_dump(log_it("b"));
function recurse($depth) { static $seen = 0; $seen++; if ($depth > 0) recurse($depth - 1); return $seen; }
var_dump(recurse(3));
function with_expr() { static $v = 2 * 21, $w = PHP_INT_SIZE, $s = "a" . "b"; return [$v, $w, $s]; }
var_dump(with_expr());
static $top = 5;
$top++;
var_dump($top);
--EXPECT--
3
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  [1]=>
  int(2)
}
int(4)
array(3) {
  [0]=>
  int(42)
  [1]=>
  int(8)
  [2]=>
  string(2) "ab"
}
int(6)
