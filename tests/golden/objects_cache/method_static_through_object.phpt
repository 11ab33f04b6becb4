--TEST--
A site that calls a static method through an object and, for another class, an instance method of the same name
--FILE--
<?php
class S {
    public static function make() { return "S::make static"; }
}
class I {
    public $tag = "I";
    public function make() { return "I::make on " . $this->tag; }
}
foreach ([new S, new I, new S, new I] as $o) {
    echo $o->make(), "\n";
}
--EXPECT--
S::make static
I::make on I
S::make static
I::make on I
