--TEST--
is_subclass_of() is true for ancestors only, never for the class itself; class names are allowed by default.
--FILE--
<?php
class Animal {}
class Dog extends Animal {}
class Puppy extends Dog {}
$p = new Puppy;
var_dump(is_subclass_of($p, 'Dog'), is_subclass_of($p, 'Animal'), is_subclass_of($p, 'Puppy'));
var_dump(is_subclass_of('Puppy', 'Animal'), is_subclass_of('Puppy', 'Animal', false), is_subclass_of('Animal', 'Animal'));
var_dump(is_subclass_of(new Animal, 'Dog'), is_subclass_of(1, 'Dog'));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
