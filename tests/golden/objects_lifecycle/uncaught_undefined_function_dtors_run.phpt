--TEST--
calling an undefined function throws an Error; uncaught, it prints a fatal error but global destructors still run, backwards
--FILE--
<?php
class G {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new G("a");
$b = new G("b");
undefined_function_here();
echo "never\n";
--EXITCODE--
255
--EXPECTF--
ctor a
ctor b

Fatal error: Uncaught Error: Call to undefined function undefined_function_here() in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
dtor b
dtor a
