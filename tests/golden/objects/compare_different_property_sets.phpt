--TEST--
== is false when dynamic properties make the property sets differ.
--FILE--
<?php
$a = new stdClass;
$a->x = 1;
$b = new stdClass;
$b->x = 1;
var_dump($a == $b);
$b->y = 2;
var_dump($a == $b);
$a->y = 2;
var_dump($a == $b);
$c = new stdClass;
$c->y = 2;
$c->x = 1;
var_dump($a == $c);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
