--TEST--
Promoted and normal constructor parameters can be mixed, and the body runs after promotion.
--FILE--
<?php
class Rect {
    public $area;
    public function __construct(public int $w, $unused, public int $h) {
        $this->area = $this->w * $this->h;
        echo "body sees w=$w h=$h\n";
    }
}
$r = new Rect(3, 'x', 4);
print_r($r);
--EXPECT--
body sees w=3 h=4
Rect Object
(
    [area] => 12
    [w] => 3
    [h] => 4
)
