--TEST--
an object created in a function and returned survives the return; other locals die
--FILE--
<?php
class Item {
    public function __construct(public string $n) { echo "create {$this->n}\n"; }
    public function __destruct() { echo "destroy {$this->n}\n"; }
}
function make() {
    $keep = new Item("kept");
    $tmp = new Item("temp");
    return $keep;
}
$x = make();
echo "got {$x->n}\n";
unset($x);
echo "end\n";
--EXPECT--
create kept
create temp
destroy temp
got kept
destroy kept
end
