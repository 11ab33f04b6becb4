--TEST--
when an owner dies its handle is freed after the objects in its properties, so it is reused first
--FILE--
<?php
class Inner {}
class Outer {
    public $a;
    public $b;
    public function __construct() { $this->a = new Inner; $this->b = new Inner; }
}
$o = new Outer;
echo spl_object_id($o), " ", spl_object_id($o->a), " ", spl_object_id($o->b), "\n";
unset($o);
$p = new Inner; $q = new Inner; $r = new Inner;
echo spl_object_id($p), " ", spl_object_id($q), " ", spl_object_id($r), "\n";
--EXPECT--
1 2 3
1 3 2
