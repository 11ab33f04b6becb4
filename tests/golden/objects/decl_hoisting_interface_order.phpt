--TEST--
A class implementing an interface declared later in the file is usable after both declarations run, but not before.
--FILE--
<?php
var_dump(class_exists('Impl'));
class Impl implements Later {
    public function m() { return 'm'; }
}
interface Later {
    public function m();
}
var_dump(class_exists('Impl'));
echo (new Impl)->m(), "\n";
--EXPECT--
bool(false)
bool(true)
m
