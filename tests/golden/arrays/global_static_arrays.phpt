--TEST--
global and static variables holding arrays, written from functions
--FILE--
<?php
$registry = [];
function register($name) { global $registry; $registry[$name] = count($registry); }
register("a"); register("b");
var_dump($registry);
function memo($n) { static $cache = []; if (isset($cache[$n])) return "hit $n"; $cache[$n] = true; return "miss $n"; }
var_dump(memo(1), memo(2), memo(1));
--EXPECT--
array(2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(1)
}
string(6) "miss 1"
string(6) "miss 2"
string(5) "hit 1"
