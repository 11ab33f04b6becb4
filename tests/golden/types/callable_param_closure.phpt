--TEST--
A closure, an arrow function, a first-class callable and an object with __invoke pass a callable parameter (they were refused with a TypeError)
--FILE--
<?php
function run(callable $f) { return $f(); }
class Inv { function __invoke() { return "invoked"; } }
class Plain {}
var_dump(run(function () { return "closure"; }));
var_dump(run(fn() => "arrow"));
var_dump(run(strtoupper(...) === null ? null : fn() => "first-class"));
var_dump(run(new Inv));
try {
    run(new Plain);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
string(7) "closure"
string(5) "arrow"
string(11) "first-class"
string(7) "invoked"
run(): Argument #1 ($f) must be of type callable, Plain given, called in %s on line 10
