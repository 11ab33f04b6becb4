--TEST--
an uncaught Error inside a function destroys the function's locals before the fatal message and the globals after it
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function f() {
    $local = new G("local");
    echo "calling missing\n";
    missing_function(1, 2);
}
$global = new G("global");
f();
--EXITCODE--
255
--EXPECTF--
calling missing
dtor local

Fatal error: Uncaught Error: Call to undefined function missing_function() in %s:9
Stack trace:
#0 %s(12): f()
#1 {main}
  thrown in %s on line 9
dtor global
