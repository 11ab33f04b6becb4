--TEST--
A WeakMap entry passed to by-reference parameters (sort, array_push, a user function, a dynamic call) is changed in place; a missing key is an Error
--FILE--
<?php
function t(callable $f) { try { $f(); echo "ok\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
function byref(&$x) { $x[] = 'added'; }
function byval($x) { return count($x); }
$m = new WeakMap; $o = new stdClass; $p = new stdClass;
$m[$o] = [3, 1, 2];
sort($m[$o]);
array_push($m[$o], 9);
byref($m[$o]);
var_dump(byval($m[$o]), $m[$o]);
t(function () use ($m, $p) { byref($m[$p]); });
t(function () use ($m, $p) { byval($m[$p]); });
t(function () use ($m) { byref($m[1]); });
t(function () use ($m) { byref($m[]); });
$f = 'byref';
$f($m[$o]);
var_dump(count($m[$o]));
debug_zval_dump($m);
--EXPECT--
int(5)
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(9)
  [4]=>
  string(5) "added"
}
Error: Object stdClass#3 not contained in WeakMap
Error: Object stdClass#3 not contained in WeakMap
TypeError: WeakMap key must be an object
Error: Cannot append to WeakMap
int(6)
object(WeakMap)#1 (1) refcount(2){
  [0]=>
  array(2) refcount(1){
    ["key"]=>
    object(stdClass)#2 (0) refcount(2){
    }
    ["value"]=>
    reference refcount(2) {
      array(6) refcount(1){
        [0]=>
        int(1)
        [1]=>
        int(2)
        [2]=>
        int(3)
        [3]=>
        int(9)
        [4]=>
        string(5) "added" interned
        [5]=>
        string(5) "added" interned
      }
    }
  }
}
