--TEST--
a closure bound in a class can read private members of that class
--FILE--
<?php
class Secret {
    private $value = "hidden";
    private function priv() { return "private method"; }
    public function reveal() {
        return function () { return $this->value . " / " . $this->priv(); };
    }
}
$f = (new Secret)->reveal();
echo $f(), "\n";
--EXPECT--
hidden / private method
