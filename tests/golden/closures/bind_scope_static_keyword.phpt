--TEST--
Closure::bind with scope 'static' keeps the closure's current scope
--FILE--
<?php
class P {
    private $x = "P's private";
    public function getClosure() { return function () { return $this->x; }; }
}
$f = (new P)->getClosure();
$g = Closure::bind($f, new P, 'static');
echo $g(), "\n";
$h = $f->bindTo(new P);
echo $h(), "\n";
--EXPECT--
P's private
P's private
