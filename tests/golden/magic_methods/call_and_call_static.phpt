--TEST--
__call takes calls of missing or invisible methods (also through callables), __callStatic static ones; traces show only the magic method
--FILE--
<?php
class A {
  function __call($name, $args) { echo "__call $name(", implode(",", $args), ")\n"; return strtoupper($name); }
  static function __callStatic($name, $args) { echo "__callStatic $name(", count($args), ")\n"; return 1; }
  private function hidden() { return "hidden"; }
  function trace() { return $this->deep(); }
}
$a = new A;
var_dump($a->foo(1, 2), $a->hidden(), A::bar(3), $a->trace());
class B { function __call($n, $a) { throw new Exception("in call $n"); } }
try { (new B)->zap(5); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
$f = [$a, 'dyn']; var_dump($f(9));
--EXPECTF--
__call foo(1,2)
__call hidden()
__callStatic bar(1)
__call deep()
string(3) "FOO"
string(6) "HIDDEN"
int(1)
string(4) "DEEP"
#0 %s(11): B->__call('zap', Array)
#1 {main}
__call dyn(9)
string(3) "DYN"
