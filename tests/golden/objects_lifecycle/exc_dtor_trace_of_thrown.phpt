--TEST--
the stack trace of an exception thrown in a destructor at function return shows the caller, not the returning function
--FILE--
<?php
class Bomb {
    public function __destruct() { throw new Exception("trace me"); }
}
function leaf() { $b = new Bomb; }
function branch() { leaf(); }
try {
    branch();
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    echo "line ", $e->getLine(), "\n";
}
--EXPECTF--
#0 %s(6): Bomb->__destruct()
#1 %s(8): branch()
#2 {main}
line 3
