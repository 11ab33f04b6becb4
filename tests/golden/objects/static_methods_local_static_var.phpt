--TEST--
A static variable in a method is shared between instances of the class.
--FILE--
<?php
class A {
    public function next() {
        static $n = 0;
        return ++$n;
    }
}
$a = new A;
$b = new A;
echo $a->next(), $a->next(), $b->next(), "\n";
--EXPECT--
123
