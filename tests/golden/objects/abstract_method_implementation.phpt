--TEST--
Concrete subclasses implement abstract methods that the abstract base calls (template method).
--FILE--
<?php
abstract class Shape {
    abstract protected function area(): float;
    abstract public function name(): string;
    public function describe() {
        return sprintf("%s with area %.2f", $this->name(), $this->area());
    }
}
class Rect extends Shape {
    public function __construct(private float $w, private float $h) {}
    protected function area(): float { return $this->w * $this->h; }
    public function name(): string { return 'rect'; }
}
class Circle extends Shape {
    public function __construct(private float $r) {}
    protected function area(): float { return 3.14159 * $this->r ** 2; }
    public function name(): string { return 'circle'; }
}
echo (new Rect(2, 3))->describe(), "\n";
echo (new Circle(1))->describe(), "\n";
var_dump(new Rect(1, 1) instanceof Shape);
--EXPECT--
rect with area 6.00
circle with area 3.14
bool(true)
