--TEST--
dynamic properties are destroyed before declared ones, in the order they were added
--FILE--
<?php
class Part {
    public function __construct(public string $n) {}
    public function __destruct() { echo "part {$this->n}\n"; }
}
#[AllowDynamicProperties]
class Bag {
    public $declared;
    public function __destruct() { echo "bag\n"; }
}
$b = new Bag;
$b->second = new Part("dyn-second");
$b->first = new Part("dyn-first");
$b->declared = new Part("declared");
unset($b);
echo "end\n";
--EXPECT--
bag
part dyn-second
part dyn-first
part declared
end
