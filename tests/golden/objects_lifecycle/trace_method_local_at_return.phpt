--TEST--
a destructor of a method's local that dies at return shows the caller but not the method
--FILE--
<?php
class Victim {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
class Svc {
    public function go() { $v = new Victim; return 1; }
    public static function start() { (new Svc)->go(); }
}
Svc::start();
--EXPECTF--
#0 %s(9): Victim->__destruct()
#1 %s(11): Svc::start()
#2 {main}
