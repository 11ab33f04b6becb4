--TEST--
== compares objects of the same class property by property; === compares identity.
--FILE--
<?php
class P {
    public function __construct(public $x, public $y) {}
}
$a = new P(1, 2);
$b = new P(1, 2);
$c = new P(1, 3);
$d = $a;
var_dump($a == $b, $a === $b);
var_dump($a == $c, $a != $c);
var_dump($a === $d, $a !== $b);
$e = new P("1", 2.0);
var_dump($a == $e);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
