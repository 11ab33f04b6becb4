--TEST--
A child overrides a method and can still call the parent's version via parent::.
--FILE--
<?php
class Animal {
    public function speak() { return "..."; }
    public function intro() { return "I say " . $this->speak(); }
}
class Dog extends Animal {
    public function speak() { return "Woof (" . parent::speak() . ")"; }
}
$a = new Animal;
$d = new Dog;
echo $a->intro(), "\n";
echo $d->intro(), "\n";
--EXPECT--
I say ...
I say Woof (...)
