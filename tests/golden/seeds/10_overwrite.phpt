--TEST--
seed 10: overwriting a variable frees its object (xdebug_debug_zval)
--FILE--
<?php
// seed 001: 变量覆盖回收 (needs xdebug_debug_zval)
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
$c = new A('$c');
$a=null;
$c= '练习时长两年半的个人练习生';
xdebug_debug_zval('a');
xdebug_debug_zval('b');
xdebug_debug_zval('c');
echo('exit(1);' . PHP_EOL);
--EXPECT--
$a->__construct();
$b->__construct();
$c->__construct();
$a->__destruct();
$c->__destruct();
a: (refcount=0, is_ref=0)=NULL
b: (refcount=1, is_ref=0)=class A { public $ref = (refcount=0, is_ref=0)=NULL; public $name = (refcount=0, is_ref=0)='$b' }
c: (interned, is_ref=0)='练习时长两年半的个人练习生'
exit(1);
$b->__destruct();
