--TEST--
seed 11: gc_collect_cycles() frees a two-object cycle in a function, destructors first
--FILE--
<?php
// seed 001: gc_collect_cycles
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

    $a1->ref = $a2;
    $a2->ref = $a1;

    $b = new A('$b');
    $b->ref = $a1;

    echo('$a1 = $a2 = $b = NULL;'.PHP_EOL);
    $a1 = $a2 = $b = NULL;

    echo('gc_collect_cycles();'.PHP_EOL);
    echo('// removed cycles: '.gc_collect_cycles().PHP_EOL);
    //这个时候,a1,a2已经被gc_collect_cycles手动回收了
    echo('exit(1);'.PHP_EOL);
}

a();
echo('exit(2);'.PHP_EOL);

--EXPECT--
$a1->__construct();
$a2->__construct();
$b->__construct();
$a1 = $a2 = $b = NULL;
$b->__destruct();
gc_collect_cycles();
$a1->__destruct();
$a2->__destruct();
// removed cycles: 2
exit(1);
exit(2);
