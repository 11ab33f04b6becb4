--TEST--
A protected __clone may be called from a subclass, not from outside.
--FILE--
<?php
class Base { protected function __clone() { echo "protected clone\n"; } }
class Sub extends Base { public function copy() { return clone $this; } }
$s = new Sub;
var_dump($s->copy());
$t = clone $s;
--EXITCODE--
255
--EXPECTF--
protected clone
object(Sub)#2 (0) {
}

Fatal error: Uncaught Error: Call to protected Base::__clone() from global scope in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
