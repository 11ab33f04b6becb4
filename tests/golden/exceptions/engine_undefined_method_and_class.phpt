--TEST--
calling an undefined method or instantiating an unknown class throws Error
--FILE--
<?php
class A {}
try {
    (new A)->missing();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    A::alsoMissing();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    new NotAClass();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $n = null;
    $n->foo();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Call to undefined method A::missing()
Call to undefined method A::alsoMissing()
Class "NotAClass" not found
Call to a member function foo() on null
