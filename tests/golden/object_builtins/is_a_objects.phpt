--TEST--
is_a() of objects: the class itself and its ancestors, names in any case.
--FILE--
<?php
class Animal {}
class Dog extends Animal {}
$d = new Dog;
var_dump(is_a($d, 'Dog'), is_a($d, 'Animal'), is_a($d, 'animal'), is_a($d, 'stdClass'));
var_dump(is_a(new Animal, 'Dog'), is_a($d, 'Missing'), is_a($d, '\Dog'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
