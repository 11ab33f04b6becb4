--TEST--
an arrow function's auto-captured object lives as long as the arrow function
--FILE--
<?php
class Item {
    public function __destruct() { echo "Item destroyed\n"; }
}
function build() {
    $item = new Item;
    return fn() => get_class($item);
}
$f = build();
echo "built: ", $f(), "\n";
$f = null;
echo "after release\n";
--EXPECT--
built: Item
Item destroyed
after release
