--TEST--
a destructor can hand $this to another object which keeps it alive
--FILE--
<?php
class Keeper {
    public array $held = [];
    public function __destruct() { echo "keeper destroyed holding ", count($this->held), "\n"; }
}
class Item {
    public function __construct(public Keeper $k, public string $n) {}
    public function __destruct() { echo "item {$this->n} hands itself over\n"; $this->k->held[] = $this; }
}
$k = new Keeper;
$i = new Item($k, "x");
unset($i);
echo "item unset, keeper holds ", count($k->held), "\n";
echo "script end\n";
--EXPECT--
item x hands itself over
item unset, keeper holds 1
script end
keeper destroyed holding 1
