--TEST--
foreach sees what the scope of the running code sees: parent, child and outside.
--FILE--
<?php
class P {
    private $x = 'P private';
    protected $y = 'protected';
    public function fromP() { foreach ($this as $k => $v) echo "P: $k => $v\n"; }
}
class C extends P {
    private $x = 'C private';
    public $z = 'public';
    public function fromC() { foreach ($this as $k => $v) echo "C: $k => $v\n"; }
}
$c = new C;
$c->fromP();
$c->fromC();
foreach ($c as $k => $v) echo "outside: $k => $v\n";
--EXPECT--
P: x => P private
P: y => protected
P: z => public
C: y => protected
C: x => C private
C: z => public
outside: z => public
