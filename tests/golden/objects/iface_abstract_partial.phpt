--TEST--
An abstract class may implement an interface partially; the concrete child supplies the rest.
--FILE--
<?php
interface Greeter {
    public function greet($name);
    public function salutation();
}
abstract class BaseGreeter implements Greeter {
    public function greet($name) { return $this->salutation() . ", $name!"; }
}
class English extends BaseGreeter {
    public function salutation() { return "Hello"; }
}
class French extends BaseGreeter {
    public function salutation() { return "Bonjour"; }
}
foreach ([new English, new French] as $g) {
    echo $g->greet("Ann"), "\n";
    var_dump($g instanceof Greeter);
}
--EXPECT--
Hello, Ann!
bool(true)
Bonjour, Ann!
bool(true)
