--TEST--
__clone may declare only void as its return type.
--FILE--
<?php
class A {
    public function __clone(): void {}
}
echo "void is fine\n";
class B {
    public function __clone(): ?int {}
}
--EXITCODE--
255
--EXPECTF--
Fatal error: B::__clone(): Return type must be void when declared in %s on line 7
