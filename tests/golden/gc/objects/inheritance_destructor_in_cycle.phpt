--TEST--
Parent destructor called from a child destructor during a collection
--FILE--
<?php
class Base { public $o; function __construct(public $name) {} function __destruct() { echo "base ~{$this->name}\n"; } }
class Child extends Base { function __destruct() { echo "child ~{$this->name}\n"; parent::__destruct(); } }
$a = new Child('a'); $b = new Base('b');
$a->o = $b; $b->o = $a;
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
child ~a
base ~a
base ~b
2
