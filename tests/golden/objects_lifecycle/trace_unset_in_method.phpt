--TEST--
a destructor triggered by unset() inside a method sees that method in its trace
--FILE--
<?php
class Victim {
    public function __destruct() {
        echo (new Exception)->getTraceAsString(), "\n";
    }
}
class Killer {
    public function kill() {
        $v = new Victim;
        unset($v);
        echo "killed\n";
    }
}
function run() { (new Killer)->kill(); }
run();
--EXPECTF--
#0 %s(10): Victim->__destruct()
#1 %s(14): Killer->kill()
#2 %s(15): run()
#3 {main}
killed
