--TEST--
a closure created outside any class has no $this
--FILE--
<?php
$f = function () { return isset($this); };
var_dump($f());
$g = function () { return $this; };
try {
    $g();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
bool(false)
Error: Using $this when not in object context
