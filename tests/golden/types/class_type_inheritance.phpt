--TEST--
a class-typed parameter accepts the class and its subclasses
--FILE--
<?php
class Animal { public $name = "animal"; }
class Dog extends Animal { public $name = "dog"; }
class Cat extends Animal { public $name = "cat"; }
function speak(Animal $a) { echo $a->name, "\n"; }
function fetch(Dog $d) { echo "fetch ", $d->name, "\n"; }
speak(new Dog);
speak(new Cat);
fetch(new Dog);
fetch(new Cat);
--EXITCODE--
255
--EXPECTF--
dog
cat
fetch dog

Fatal error: Uncaught TypeError: fetch(): Argument #1 ($d) must be of type Dog, Cat given, called in %s on line 10 and defined in %s:6
Stack trace:
#0 %s(10): fetch(Object(Cat))
#1 {main}
  thrown in %s on line 6
