--TEST--
A private method of the parent is not overridden by a child method of the same name.
--FILE--
<?php
class P {
    private function name() { return 'P::name'; }
    public function call() { return $this->name(); }
}
class C extends P {
    public function name() { return 'C::name'; }
}
$c = new C;
echo $c->call(), "\n";
echo $c->name(), "\n";
--EXPECT--
P::name
C::name
