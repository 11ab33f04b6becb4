--TEST--
__get is called when reading a private property from outside, but not from inside the class.
--FILE--
<?php
class A {
    private $secret = 'hidden';
    public function __get($name) {
        return "magic:$name";
    }
    public function inside() { return $this->secret; }
}
$a = new A;
echo $a->secret, "\n";
echo $a->inside(), "\n";
--EXPECT--
magic:secret
hidden
