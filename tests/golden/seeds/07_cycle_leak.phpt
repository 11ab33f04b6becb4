--TEST--
seed 07: a cycle of two objects survives unset until shutdown
--FILE--
<?php
// seed 001: 内存泄漏 (a cycle survives unset until shutdown)
function a(){
    class A {
        public $ref;
        public $name;

        public function __construct($name) {
            $this->name = $name;
            echo($this->name.'->__construct();'.PHP_EOL);
        }

        public function __destruct() {
            echo($this->name.'->__destruct();'.PHP_EOL);
        }
    }

    $a1 = new A('$a1');
    $a2 = new A('$a2');
    $a3 = new A('$3');

    $a1->ref = $a2;
    $a2->ref = $a1;

    unset($a1);
    unset($a2);

    echo('exit(1);'.PHP_EOL);
}

a();
echo('exit(2);'.PHP_EOL);
--EXPECT--
$a1->__construct();
$a2->__construct();
$3->__construct();
exit(1);
$3->__destruct();
exit(2);
$a1->__destruct();
$a2->__destruct();
