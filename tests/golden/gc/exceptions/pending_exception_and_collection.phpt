--TEST--
gc_collect_cycles() inside a catch block while an exception object is alive
--FILE--
<?php
class N { public $s; function __destruct() { echo "~N\n"; } }
try {
    $a = new N; $a->s = $a; unset($a);
    throw new Exception("outer");
} catch (Exception $e) {
    echo "in catch\n";
    echo gc_collect_cycles(), "\n";
    echo $e->getMessage(), "\n";
}
--EXPECT--
in catch
~N
1
outer
