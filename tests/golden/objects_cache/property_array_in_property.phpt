--TEST--
Nested writes through a cached property site: appending to and modifying an array property, also when shared
--FILE--
<?php
class Bag { public $items = []; public $map = ["a" => 1]; }
$b = new Bag;
for ($i = 0; $i < 3; $i++) {
    $b->items[] = $i;
    $b->map["k$i"] = $i * 2;
    $b->map["a"]++;
    $copy = $b->items;
    $copy[] = "copy only";
}
print_r($b);
print_r($copy);
--EXPECT--
Bag Object
(
    [items] => Array
        (
            [0] => 0
            [1] => 1
            [2] => 2
        )

    [map] => Array
        (
            [a] => 4
            [k0] => 0
            [k1] => 2
            [k2] => 4
        )

)
Array
(
    [0] => 0
    [1] => 1
    [2] => 2
    [3] => copy only
)
