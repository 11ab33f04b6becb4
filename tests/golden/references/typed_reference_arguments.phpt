--TEST--
Typed properties passed by reference to functions declared later and to methods: the callee's assignment is checked
--FILE--
<?php
class A { public int $p = 1; public function m(&$x) { $x = "zz"; } }
$o = new A;
try { later($o->p); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $o->m($o->p); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($o->p);
function later(&$x) { $x = "str"; }
--EXPECT--
Cannot assign string to reference held by property A::$p of type int
Cannot assign string to reference held by property A::$p of type int
int(1)
