--TEST--
A child class may read and write an inherited protected property, but not a parent's private one.
--FILE--
<?php
class P {
    protected $prot = 'prot';
    private $priv = 'priv';
}
class C extends P {
    public function show() {
        echo $this->prot, "\n";
        $this->prot = 'changed';
        echo $this->prot, "\n";
        var_dump(isset($this->priv));
    }
}
(new C)->show();
--EXPECT--
prot
changed
bool(false)
