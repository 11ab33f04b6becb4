--TEST--
__clone can deep-copy an object property.
--FILE--
<?php
class Engine { public $power = 100; }
class Car {
    public $engine;
    public function __construct() { $this->engine = new Engine; }
    public function __clone() { $this->engine = clone $this->engine; }
}
$a = new Car;
$b = clone $a;
$b->engine->power = 200;
var_dump($a->engine->power, $b->engine->power, $a->engine === $b->engine);
--EXPECT--
int(100)
int(200)
bool(false)
