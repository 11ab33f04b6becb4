--TEST--
Calling a private method from outside is an Error naming the scope.
--FILE--
<?php
class A {
    private function secret() { return 1; }
    public static function call($o) { return $o->secret(); }
}
class B {
    public function tryIt($a) { return $a->secret(); }
}
$a = new A;
echo A::call($a), "\n";
try {
    (new B)->tryIt($a);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$a->secret();
--EXITCODE--
255
--EXPECTF--
1
Call to private method A::secret() from scope B

Fatal error: Uncaught Error: Call to private method A::secret() from global scope in %s:16
Stack trace:
#0 {main}
  thrown in %s on line 16
