--TEST--
Typed properties reached through closures capturing by reference, arrow functions, array_walk and copies of arrays holding their references
--FILE--
<?php
class C { public int $n = 0; public array $log = []; }
$c = new C;
$inc = function () use (&$c) { $c->n++; };
$inc(); $inc();
$ref = &$c->n;
$add = function ($k) use (&$ref) { $ref += $k; };
$add(5);
try { $add("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->n);
$fn = fn() => $ref;
var_dump($fn());
function counter() { static $s = 0; return ++$s; }
counter();
$push = function ($v) use ($c) { $c->log[] = $v; array_push($c->log, $v * 2); };
$push(1);
var_dump($c->log);
$logref = &$c->log;
try { $logref = 'str'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$gen = (function () use (&$ref) { $ref = 100; return 1; })();
var_dump($c->n);
array_walk($c->log, function (&$v) { $v = "w$v"; });
var_dump($c->log);
$copy = $c->log;
$copy[] = 'c';
var_dump(count($c->log));
--EXPECT--
Unsupported operand types: int + string
int(0)
int(0)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Cannot assign string to reference held by property C::$log of type array
int(100)
array(2) {
  [0]=>
  string(2) "w1"
  [1]=>
  string(2) "w2"
}
int(2)
