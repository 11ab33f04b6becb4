--TEST--
an object held in a property is destroyed after its owner's destructor finishes
--FILE--
<?php
class Engine {
    public function __construct() { echo "Engine built\n"; }
    public function __destruct() { echo "Engine scrapped\n"; }
}
class Car {
    public Engine $engine;
    public function __construct() { echo "Car built\n"; $this->engine = new Engine; }
    public function __destruct() { echo "Car scrapped (engine still here: ", get_class($this->engine), ")\n"; }
}
$c = new Car;
unset($c);
echo "done\n";
--EXPECT--
Car built
Engine built
Car scrapped (engine still here: Engine)
Engine scrapped
done
