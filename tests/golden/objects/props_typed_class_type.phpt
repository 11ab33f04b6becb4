--TEST--
A property typed with a class name accepts instances and subclasses, rejects others.
--FILE--
<?php
class Animal {}
class Dog extends Animal {}
class Car {}
class Owner {
    public ?Animal $pet = null;
}
$o = new Owner;
$o->pet = new Dog;
echo get_class($o->pet), "\n";
try {
    $o->pet = new Car;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo get_class($o->pet), "\n";
--EXPECT--
Dog
Cannot assign Car to property Owner::$pet of type ?Animal
Dog
