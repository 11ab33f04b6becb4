--TEST--
a destructor that throws at shutdown is reported at once (its trace starts at [internal function]) and no other destructor runs
--FILE--
<?php
class D { function __construct(public $n, public $fail = false) {} function __destruct() { echo "destruct {$this->n}\n"; if ($this->fail) throw new RuntimeException("from {$this->n}"); } }
$a = new D('a');
$b = new D('b', true);
$c = new D('c');
$cycle = new D('cycle'); $cycle->self = $cycle;
echo "end\n";
--EXITCODE--
255
--EXPECTF--
Deprecated: Creation of dynamic property D::$self is deprecated in %s on line 6
end
destruct c
destruct b

Fatal error: Uncaught RuntimeException: from b in %s:2
Stack trace:
#0 [internal function]: D->__destruct()
#1 {main}
  thrown in %s on line 2
