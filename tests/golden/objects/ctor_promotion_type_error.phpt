--TEST--
A promoted typed parameter rejects an invalid argument with a TypeError mentioning the constructor.
--FILE--
<?php
class A {
    public function __construct(public int $n) {}
}
try {
    new A("not a number");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
A::__construct(): Argument #1 ($n) must be of type int, string given, called in %s on line 6
