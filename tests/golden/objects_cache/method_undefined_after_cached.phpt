--TEST--
A site that found a method on one class, then meets a class without it, then the first again
--FILE--
<?php
class Has { public function go() { return "went"; } }
class Lacks { }
foreach ([new Has, new Lacks, new Has, new Lacks] as $o) {
    try {
        echo $o->go(), "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
went
Call to undefined method Lacks::go()
went
Call to undefined method Lacks::go()
