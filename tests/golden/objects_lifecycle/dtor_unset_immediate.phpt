--TEST--
unset() of the only variable holding an object runs its destructor before the next statement
--FILE--
<?php
class Lamp {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
$a = new Lamp("desk");
echo "before unset\n";
unset($a);
echo "after unset\n";
var_dump(isset($a));
--EXPECT--
construct desk
before unset
destruct desk
after unset
bool(false)
