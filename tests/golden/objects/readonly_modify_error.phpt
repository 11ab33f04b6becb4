--TEST--
Modifying an initialized readonly property is an Error, even from inside the class.
--FILE--
<?php
class User {
    public readonly string $name;
    public function __construct(string $n) { $this->name = $n; }
    public function rename($n) { $this->name = $n; }
}
$u = new User("ann");
echo $u->name, "\n";
try {
    $u->rename("bob");
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo $u->name, "\n";
--EXPECT--
ann
Cannot modify readonly property User::$name
ann
