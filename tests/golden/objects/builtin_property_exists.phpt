--TEST--
property_exists sees declared properties of any visibility, static ones and dynamic ones on objects, regardless of value; it is case-sensitive and does not see a parent's private property from the child class.
--FILE--
<?php
class A {
    public $pub = null;
    private $priv;
    protected static $stat;
    public int $typed;
}
class B extends A {}
$a = new A;
$a->dyn = 1;
var_dump(property_exists($a, 'pub'));
var_dump(property_exists('A', 'priv'));
var_dump(property_exists('A', 'stat'));
var_dump(property_exists('A', 'typed'));
var_dump(property_exists($a, 'dyn'));
var_dump(property_exists('A', 'dyn'));
var_dump(property_exists('B', 'pub'));
var_dump(property_exists('B', 'priv'));
var_dump(property_exists($a, 'PUB'));
--EXPECTF--
Deprecated: Creation of dynamic property A::$dyn is deprecated in %s on line 10
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
