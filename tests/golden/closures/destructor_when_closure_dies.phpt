--TEST--
an object captured by a closure is destroyed when the last closure referencing it is released
--FILE--
<?php
class Res {
    public function __construct(public string $name) { echo "open {$this->name}\n"; }
    public function __destruct() { echo "close {$this->name}\n"; }
}
$r = new Res("file");
$reader = function () use ($r) { return $r->name; };
unset($r);
echo "variable unset, closure still holds it: ", $reader(), "\n";
$copy = $reader;
unset($reader);
echo "one closure reference left\n";
$copy = null;
echo "end\n";
--EXPECT--
open file
variable unset, closure still holds it: file
one closure reference left
close file
end
