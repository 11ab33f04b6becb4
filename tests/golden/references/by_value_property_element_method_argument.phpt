--TEST--
A method argument read from a readonly property element or an undefined property: read, not fetched for writing
--FILE--
<?php
class A {
    public function __construct(public readonly array $cfg = ['a' => 1]) {}
    public function show($v) { var_dump($v); }
    public function run() {
        $this->show($this->cfg['a']);
        $this->show($this->missing['x'] ?? 'dflt');
        $this->show($this->missing['x']);
        var_dump(property_exists($this, 'missing'));
    }
}
(new A)->run();
--EXPECTF--
int(1)
string(4) "dflt"

Warning: Undefined property: A::$missing in %s on line 8

Warning: Trying to access array offset on value of type null in %s on line 8
NULL
bool(false)
