--TEST--
is_a() accepts class names only with allow_string; otherwise a string is never an instance.
--FILE--
<?php
class Animal {}
class Dog extends Animal {}
var_dump(is_a('Dog', 'Animal'), is_a('Dog', 'Animal', true), is_a('dog', 'Dog', true), is_a('Missing', 'Dog', true));
var_dump(is_a(42, 'Dog'), is_a(null, 'Dog', true));
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
