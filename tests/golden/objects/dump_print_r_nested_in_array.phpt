--TEST--
print_r of an array holding objects, with indentation of nested objects.
--FILE--
<?php
class Pt { public $x; public $y; function __construct($x, $y) { $this->x = $x; $this->y = $y; } }
print_r(['origin' => new Pt(0, 0), 'list' => [new Pt(1, 2)]]);
echo "\n";
--EXPECT--
Array
(
    [origin] => Pt Object
        (
            [x] => 0
            [y] => 0
        )

    [list] => Array
        (
            [0] => Pt Object
                (
                    [x] => 1
                    [y] => 2
                )

        )

)
