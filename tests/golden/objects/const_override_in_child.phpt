--TEST--
A child class may override a non-final constant, and methods using static:: see the override.
--FILE--
<?php
class Shape {
    const SIDES = 0;
    public function describe() {
        return static::class . " has " . static::SIDES . " sides (base says " . self::SIDES . ")";
    }
}
class Triangle extends Shape { const SIDES = 3; }
class Square extends Shape { const SIDES = 4; }
foreach ([new Shape, new Triangle, new Square] as $s) {
    echo $s->describe(), "\n";
}
--EXPECT--
Shape has 0 sides (base says 0)
Triangle has 3 sides (base says 0)
Square has 4 sides (base says 0)
