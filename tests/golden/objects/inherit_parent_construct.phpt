--TEST--
A child constructor calls parent::__construct explicitly; without that the parent constructor does not run.
--FILE--
<?php
class Base {
    public $log = [];
    public function __construct($x) { $this->log[] = "Base($x)"; }
}
class WithCall extends Base {
    public function __construct() {
        parent::__construct(1);
        $this->log[] = "WithCall";
    }
}
class WithoutCall extends Base {
    public function __construct() { $this->log[] = "WithoutCall"; }
}
class Inherits extends Base {}
print_r((new WithCall)->log);
print_r((new WithoutCall)->log);
print_r((new Inherits(3))->log);
--EXPECT--
Array
(
    [0] => Base(1)
    [1] => WithCall
)
Array
(
    [0] => WithoutCall
)
Array
(
    [0] => Base(3)
)
