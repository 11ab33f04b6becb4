--TEST--
a clone is a separate object with its own destructor call
--FILE--
<?php
class Sheep {
    public function __construct(public string $n) { echo "born {$this->n}\n"; }
    public function __clone() { $this->n .= "-clone"; echo "cloned\n"; }
    public function __destruct() { echo "gone {$this->n}\n"; }
}
$a = new Sheep("dolly");
$b = clone $a;
unset($a);
echo "original unset\n";
unset($b);
echo "end\n";
--EXPECT--
born dolly
cloned
gone dolly
original unset
gone dolly-clone
end
