--TEST--
Protected properties read at one site from sibling classes sharing the declaring ancestor, and from an unrelated one
--FILE--
<?php
class Root { protected $p = "root"; }
class Left extends Root { public function peek($o) { return $o->p; } }
class Right extends Root { protected $p = "right"; }
class Stranger { public function peek($o) { return $o->p; } }
$left = new Left;
foreach ([new Left, new Right, new Root, new Right] as $o) {
    echo $left->peek($o), "\n";
}
try {
    echo (new Stranger)->peek(new Right), "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXITCODE--
255
--EXPECTF--
root

Fatal error: Uncaught Error: Cannot access protected property Right::$p in %s:3
Stack trace:
#0 %s(8): Left->peek(Object(Right))
#1 {main}
  thrown in %s on line 3
