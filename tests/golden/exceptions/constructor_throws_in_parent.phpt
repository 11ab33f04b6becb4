--TEST--
an exception thrown by a parent constructor propagates through the child constructor
--FILE--
<?php
class Base {
    public function __construct($v) {
        if ($v < 0) throw new RangeException("negative");
    }
}
class Child extends Base {
    public function __construct($v) {
        echo "child before parent\n";
        parent::__construct($v);
        echo "child after parent\n";
    }
}
new Child(1);
try {
    new Child(-1);
} catch (RangeException $e) {
    echo "caught ", $e->getMessage(), "\n";
    echo $e->getTrace()[0]['class'], $e->getTrace()[0]['type'], $e->getTrace()[0]['function'], "\n";
}
--EXPECT--
child before parent
child after parent
child before parent
caught negative
Base->__construct
