--TEST--
seed 08: unset destroys at once, the rest at shutdown
--FILE--
<?php
// seed 001: unset
class A {
    public $ref;
    public $name;

    public function __construct($name) {
        $this->name = $name;
        echo($this->name . '->__construct();' . PHP_EOL);
    }

    public function __destruct() {
        echo($this->name . '->__destruct();' . PHP_EOL);
    }
}
$a = new A('$a');
$b = new A('$b');
unset($a);
//a将会先回收
echo('exit(1);' . PHP_EOL);
//b需要脚本结束才会回收
--EXPECT--
$a->__construct();
$b->__construct();
$a->__destruct();
exit(1);
$b->__destruct();
